using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Registry.Console.Tests.Support;
using Registry.Testing.Azurite;

namespace Registry.Console.Tests.Cases;

/// <summary>The privacy officer's day in a real browser, by keyboard, from a mailbox message to a completed case.</summary>
[Collection(AzuriteCollection.Name)]
public class OfficersDayTests(AzuriteFixture azurite)
{
    private const string Body = "Hei,\n\npyydän saada tarkastaa kaikki minusta tallennetut tiedot ja sen jälkeen poistamaan ne. Tilausnumeroni on WS-2026-1001.\n\nMaija Meikäläinen";

    [BrowserFact]
    public async Task MailToDecidedCase_InboxVerifyLinkDecide_PersonShowsWhatIsKeptAndWhy()
    {
        await using var app = await ConsoleApp.StartAsync(azurite.ConnectionString);
        await app.PostSampleOrderAsync("order-webshop.json");
        // From an address the register does not know: intake links no one, the officer finds her by her order number.
        await app.MailAsync(Mail.Message("maija.m@example.net", "Maija Meikäläinen", Body), 1);
        await using var browser = await Browser.OpenAsync();
        var page = browser.Page;

        await browser.SignInAsync(app.ConsoleUrl);
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "DSR-2026-0001" });
        await Assertions.Expect(row).ToContainTextAsync("28.12.2026");
        await Assertions.Expect(row).ToContainTextAsync("awaiting verification");
        await Assertions.Expect(page.Locator(".dashboard")).ToContainTextAsync("1 open");
        await browser.AssertAccessibleAsync("inbox");

        await row.GetByRole(AriaRole.Link).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await TypeAsync(page, page.GetByLabel("Why do you read personal data?"), "Access and erasure request DSR-2026-0001");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("pre.message")).ToContainTextAsync("WS-2026-1001");
        await browser.AssertAccessibleAsync("case");

        // Link: search by the order number she quoted, pick the one found.
        await TypeAsync(page, page.Locator("#search-orderNumber"), "WS-2026-1001");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Radio)).ToBeCheckedAsync();
        await TypeAsync(page, page.Locator("#link-reason"), "She quoted her order WS-2026-1001");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("dl.facts a[href^='#/person/sub_']")).ToBeVisibleAsync();

        await page.Locator("#verify-method").FocusAsync();
        await page.Keyboard.PressAsync("Home"); // signed letter
        await TypeAsync(page, page.Locator("#verify-note"), "Signed letter of 1 Dec 2026");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("dd.status")).ToHaveTextAsync("verified");

        // Decide access and erasure (the request's own types are preselected).
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "access" })).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "erasure" })).ToBeCheckedAsync();
        await TypeAsync(page, page.Locator("#decide-reason"), "Verified; no open invoices");
        await page.GetByRole(AriaRole.Button, new() { Name = "Decide", Exact = true }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await WaitForStatusAsync(page, "partially completed");
        await Assertions.Expect(page.Locator(".timeline")).ToContainTextAsync("access: exports/DSR-2026-0001");
        await Assertions.Expect(page.Locator("section[aria-labelledby='let-h']")).ToContainTextAsync("DSR-2026-0001-erasure-partial");

        // The person: the profile is gone, the orders are kept under the Accounting Act until 31.12.2032.
        await page.Locator("dl.facts a[href^='#/person/sub_']").ClickAsync();
        await TypeAsync(page, page.GetByLabel("Why do you read personal data?"), "Checking erasure DSR-2026-0001");
        await page.Keyboard.PressAsync("Enter");
        var holds = page.Locator("ul.holds");
        await Assertions.Expect(holds).ToContainTextAsync("Accounting Act (1336/1997)");
        await Assertions.Expect(holds).ToContainTextAsync("31.12.2032");
        await Assertions.Expect(page.Locator("td.billing").First).ToHaveTextAsync(new Regex("^(open|paid|in collection)$"));
        await Assertions.Expect(page.GetByText("Waiting: DSR-2026-0001")).ToBeVisibleAsync();
        await browser.AssertAccessibleAsync("person");

        await page.GetByRole(AriaRole.Link, new() { Name = "Audit" }).ClickAsync();
        await Assertions.Expect(page.Locator("table.audit")).ToContainTextAsync("DecideCase");
        await browser.AssertAccessibleAsync("audit");
        await page.GetByRole(AriaRole.Link, new() { Name = "Triage" }).ClickAsync();
        await browser.AssertAccessibleAsync("triage");

        await browser.AssertNoPersonalDataAsync("maija", "Meikäläinen", "example.net", "WS-2026-1001", "Mannerheimintie");
    }

    internal static async Task TypeAsync(IPage page, ILocator field, string text)
    {
        await field.FocusAsync();
        await page.Keyboard.TypeAsync(text);
    }

    internal static async Task WaitForStatusAsync(IPage page, string status)
    {
        for (var i = 0; i < 60; i++)
        {
            if (await page.Locator("dd.status").TextContentAsync() == status)
            {
                return;
            }

            await Task.Delay(500);
            await page.GetByRole(AriaRole.Button, new() { Name = "Refresh" }).ClickAsync();
        }

        await Assertions.Expect(page.Locator("dd.status")).ToHaveTextAsync(status);
    }
}
