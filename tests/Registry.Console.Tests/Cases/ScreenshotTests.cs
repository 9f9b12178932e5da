using Microsoft.Playwright;
using Registry.Console.Tests.Support;
using Registry.Testing;
using Registry.Testing.Azurite;
using static Registry.Console.Tests.Cases.OfficersDayTests;

namespace Registry.Console.Tests.Cases;

/// <summary>
/// The screenshots in docs/console.md, each page in Finnish and English: run by scripts/console-screenshots.sh, which
/// sets REGISTRY_CONSOLE_SCREENSHOTS to the folder to write them to (skipped otherwise).
/// </summary>
[Collection(AzuriteCollection.Name)]
public class ScreenshotTests(AzuriteFixture azurite)
{
    private static readonly string? Folder = Environment.GetEnvironmentVariable("REGISTRY_CONSOLE_SCREENSHOTS");

    [ScreenshotFact]
    public async Task EveryPage_InFinnishAndEnglish()
    {
        await using var app = await ConsoleApp.StartAsync(azurite.ConnectionString);
        await app.PostSampleOrderAsync("order-webshop.json");
        await app.MailAsync(await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "samples", "subject-request-fi.json")), 1);
        await app.MailAsync(Mail.Message("kanaria.canary@example.fi", "Kanaria Canary", "Please send me a copy of my data.", "2026-10-20T09:00:00+02:00", "2"), 2);
        await using var browser = await Browser.OpenAsync();
        var page = browser.Page;
        await browser.SignInAsync(app.ConsoleUrl);
        foreach (var lang in new[] { "fi", "en" })
        {
            await page.GetByRole(AriaRole.Button, new() { Name = lang == "fi" ? "Suomeksi" : "In English" }).ClickAsync();
            await page.Locator("nav a[href='#/inbox']").ClickAsync();
            await page.Locator("table.cases").WaitForAsync();
            await ShotAsync(page, $"inbox-{lang}");
            await page.GetByRole(AriaRole.Link, new() { Name = "DSR-2026-0001" }).ClickAsync();
            await ShotAsync(page, $"case-reason-{lang}");
            await TypeAsync(page, page.Locator("reason-prompt input"), "DSR-2026-0001");
            await page.Keyboard.PressAsync("Enter");
            await page.Locator("pre.message").WaitForAsync();
            await ShotAsync(page, $"case-{lang}");
            await page.Locator("dl.facts a[href^='#/person/sub_']").ClickAsync();
            await TypeAsync(page, page.Locator("reason-prompt input"), "DSR-2026-0001");
            await page.Keyboard.PressAsync("Enter");
            await page.Locator("ul.holds, section[aria-labelledby='hold-h'] p").First.WaitForAsync();
            await ShotAsync(page, $"person-{lang}");
            await page.Locator("nav a[href='#/audit']").ClickAsync();
            await page.Locator("table.audit").WaitForAsync();
            await ShotAsync(page, $"audit-{lang}");
        }
    }

    private static async Task ShotAsync(IPage page, string name)
    {
        await page.WaitForTimeoutAsync(300);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder!, $"{name}.png"), FullPage = true });
    }
}

/// <summary>A browser test that runs only when screenshots are asked for (REGISTRY_CONSOLE_SCREENSHOTS).</summary>
public sealed class ScreenshotFactAttribute : FactAttribute
{
    public ScreenshotFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("REGISTRY_CONSOLE_SCREENSHOTS")) || !File.Exists(Browser.ExecutablePath))
        {
            Skip = "Screenshots are taken by scripts/console-screenshots.sh (sets REGISTRY_CONSOLE_SCREENSHOTS).";
        }
    }
}
