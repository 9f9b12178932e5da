using Microsoft.Playwright;
using Registry.Console.Tests.Support;
using Registry.Testing.Azurite;
using static Registry.Console.Tests.Cases.OfficersDayTests;

namespace Registry.Console.Tests.Cases;

/// <summary>Refusal with its letter, extension, a 409 beside its control, the reader's view and an expired sign-in.</summary>
[Collection(AzuriteCollection.Name)]
public class CaseWorkTests(AzuriteFixture azurite)
{
    private const string Request = "Please send me a copy of all personal data you hold about me.";

    [BrowserFact]
    public async Task UnlinkedCase_ExtendThenRefuse_LetterShownBeforeQueued_ConflictBesideVerify()
    {
        await using var app = await ConsoleApp.StartAsync(azurite.ConnectionString);
        await app.MailAsync(Mail.Message("kanaria.canary@example.fi", "Kanaria Canary", Request), 1);
        await using var browser = await Browser.OpenAsync();
        var page = browser.Page;
        await OpenCaseAsync(browser, app, "DSR-2026-0001");

        // Nobody is linked: verification is a 409, shown beside the verify button.
        await page.Locator("#verify-note").FillAsync("Signed letter");
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify identity" }).ClickAsync();
        await Assertions.Expect(page.Locator("#verify-problem")).ToContainTextAsync("Conflict");

        await TypeAsync(page, page.Locator("#extend-reasons"), "Several registers must be searched");
        await page.GetByRole(AriaRole.Button, new() { Name = "Extend the deadline" }).ClickAsync();
        await Assertions.Expect(page.Locator("dl.facts").First).ToContainTextAsync("Extended to");
        await Assertions.Expect(page.Locator("section[aria-labelledby='let-h']")).ToContainTextAsync("DSR-2026-0001-extension-notice");

        await TypeAsync(page, page.Locator("#refuse-reasons"), "We hold no data about this address");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show the letter" }).ClickAsync();
        await Assertions.Expect(page.Locator(".letter")).ToContainTextAsync("We hold no data about this address");
        await Assertions.Expect(page.Locator("dd.status")).ToHaveTextAsync("awaiting verification");
        await browser.AssertAccessibleAsync("refusal letter");
        await page.GetByRole(AriaRole.Button, new() { Name = "Refuse and send the letter" }).ClickAsync();
        await Assertions.Expect(page.Locator("dd.status")).ToHaveTextAsync("refused");
        await Assertions.Expect(page.Locator("section[aria-labelledby='let-h']")).ToContainTextAsync("DSR-2026-0001-refusal");
        await browser.AssertNoPersonalDataAsync("kanaria", "canary", "example.fi");
    }

    [BrowserFact]
    public async Task Reader_SeesTheCaseAndNoControls()
    {
        await using var app = await ConsoleApp.StartAsync(azurite.ConnectionString);
        await app.MailAsync(Mail.Message("kanaria.canary@example.fi", "Kanaria Canary", Request), 1);
        await using var browser = await Browser.OpenAsync();
        var page = browser.Page;

        await OpenCaseAsync(browser, app, "DSR-2026-0001", officer: false);

        await Assertions.Expect(page.Locator("pre.message")).ToContainTextAsync("copy of all personal data");
        await Assertions.Expect(page.Locator("form.action")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Audit" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByText("As a reader you see the data but cannot change it.")).ToBeVisibleAsync();
        await browser.AssertAccessibleAsync("reader case");
    }

    [BrowserFact]
    public async Task TriageCase_InItsOwnList_OriginalReadableAfterTheReason()
    {
        await using var app = await ConsoleApp.StartAsync(azurite.ConnectionString);
        const string raw = "From: Kanaria Canary <not json at all";
        await app.MailAsync(raw, 1, acknowledged: false);
        await using var browser = await Browser.OpenAsync();
        var page = browser.Page;
        await browser.SignInAsync(app.ConsoleUrl);

        await page.GetByRole(AriaRole.Link, new() { Name = "Triage" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "DSR-2026-0001" }).First).ToContainTextAsync("invalid message");
        await page.GetByText("Read the original message (DSR-2026-0001)").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Read the original message" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Give a reason.")).ToBeVisibleAsync();
        await page.GetByLabel("Why do you read personal data?").FillAsync("Intake could not read it");
        await page.GetByRole(AriaRole.Button, new() { Name = "Read the original message" }).ClickAsync();

        await Assertions.Expect(page.Locator("pre.original")).ToHaveTextAsync(raw);
        await Assertions.Expect(page.Locator(".dashboard")).ToContainTextAsync("1 triage");
        await browser.AssertAccessibleAsync("triage with original");
        await browser.AssertNoPersonalDataAsync("kanaria");
    }

    [BrowserFact]
    public async Task ExpiredSignIn_SignInAgain_TheNoteBeingWrittenIsSent()
    {
        await using var app = await ConsoleApp.StartAsync(azurite.ConnectionString);
        await app.MailAsync(Mail.Message("kanaria.canary@example.fi", "Kanaria Canary", Request), 1);
        await using var browser = await Browser.OpenAsync();
        var page = browser.Page;
        await page.Clock.InstallAsync();
        await OpenCaseAsync(browser, app, "DSR-2026-0001");

        await TypeAsync(page, page.Locator("#note-text"), "Called the requester; letter follows");
        await page.Clock.FastForwardAsync("02:00:00"); // the one-hour token is long gone
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a note" }).ClickAsync();

        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog).ToContainTextAsync("Your sign-in expired");
        await Assertions.Expect(page.Locator("#note-text")).ToHaveValueAsync("Called the requester; letter follows");
        await browser.AssertAccessibleAsync("sign in again");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Sign in as privacy officer (DEVELOPMENT)" }).ClickAsync();

        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".timeline")).ToContainTextAsync("Called the requester; letter follows");
        await browser.AssertNoPersonalDataAsync("kanaria", "Called the requester");
    }

    private static async Task OpenCaseAsync(Browser browser, ConsoleApp app, string reference, bool officer = true)
    {
        await browser.SignInAsync(app.ConsoleUrl, officer);
        await browser.Page.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await browser.Page.GetByLabel("Why do you read personal data?").FillAsync($"Handling {reference}");
        await browser.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(browser.Page.Locator("pre.message")).ToBeVisibleAsync();
    }
}
