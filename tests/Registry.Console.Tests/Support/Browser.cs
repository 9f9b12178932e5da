using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Registry.Console.Tests.Support;

/// <summary>
/// One headless chromium page on the console, recording every console message the page writes, so a test can assert
/// that no personal data reaches the URL, the browser's storage or its console.
/// </summary>
public sealed class Browser : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private Browser(IPlaywright playwright, IBrowser browser, IBrowserContext context, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        Context = context;
        Page = page;
        page.Console += (_, message) => ConsoleMessages.Add(message.Text);
        page.PageError += (_, error) => ConsoleMessages.Add(error);
        page.FrameNavigated += (_, frame) => Urls.Add(frame.Url);
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public List<string> ConsoleMessages { get; } = [];

    public List<string> Urls { get; } = [];

    public static async Task<Browser> OpenAsync(string locale = "en-GB")
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ExecutablePath, Headless = true });
        var context = await browser.NewContextAsync(new() { Locale = locale, ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        return new Browser(playwright, browser, context, page);
    }

    /// <summary>Signs in with the development sign-in as the officer or the reader.</summary>
    public async Task SignInAsync(string consoleUrl, bool officer = true)
    {
        await Page.GotoAsync(consoleUrl);
        await Page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex(officer ? "privacy officer|tietosuojavastaavana" : "as reader|lukijana") }).ClickAsync();
        await Page.GetByRole(AriaRole.Navigation).WaitForAsync();
    }

    /// <summary>No serious or critical axe violation on the page as it is now.</summary>
    public async Task AssertAccessibleAsync(string where)
    {
        var result = await Page.RunAxe();
        var bad = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{where}: {v.Id} ({v.Impact}): {string.Join(" | ", v.Nodes.Select(n => n.Html))}").ToList();
        Assert.True(bad.Count == 0, string.Join(Environment.NewLine, bad));
    }

    /// <summary>Every URL the page visited, its storage and its console hold none of <paramref name="personal"/>.</summary>
    public async Task AssertNoPersonalDataAsync(params string[] personal)
    {
        var local = await Page.EvaluateAsync<string>("() => JSON.stringify(Object.entries(localStorage))");
        var session = await Page.EvaluateAsync<string>("() => JSON.stringify(Object.entries(sessionStorage))");
        Assert.Equal("[]", local);
        Assert.Equal("[]", session);
        foreach (var value in personal)
        {
            Assert.DoesNotContain(Urls, url => Uri.UnescapeDataString(url).Contains(value, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(ConsoleMessages, text => text.Contains(value, StringComparison.OrdinalIgnoreCase));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}
