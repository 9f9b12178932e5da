using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Registry.Functions.Tests.Support;
using Registry.Testing;
using Registry.Testing.Azurite;
using Registry.Testing.Builders;

namespace Registry.Functions.Tests.Signing;

/// <summary>
/// The signing programs in docs/api/orders.md, run exactly as printed there (the .NET one as a file-based
/// program with the NuGet StandardWebhooks library, the Node one with npm standardwebhooks) against the
/// product, so the integrator's first example cannot rot.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed partial class SigningExamplesTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task DotnetExample_AsDocumented_MarksTheOrderPaid()
    {
        var folder = Directory.CreateTempSubdirectory("signing-dotnet-").FullName;
        var program = Path.Combine(folder, "mark-paid.cs");
        await File.WriteAllTextAsync(program, Example("csharp"));

        await AssertMarksPaidAsync("dotnet", ["run", program], folder);
    }

    [Fact]
    public async Task NodeExample_AsDocumented_MarksTheOrderPaid()
    {
        // Under the repository, so Node finds the pinned standardwebhooks in its node_modules.
        var folder = Path.Combine(RepoPaths.Root, "artifacts", "signing-node", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var program = Path.Combine(folder, "mark-paid.mjs");
        await File.WriteAllTextAsync(program, Example("js"));

        await AssertMarksPaidAsync("node", [program], folder);
    }

    [Fact]
    public void BothExamples_AreInTheDocs()
    {
        Assert.Contains("new StandardWebhook(secret).Sign(", Example("csharp"), StringComparison.Ordinal);
        Assert.Contains("new Webhook(secret).sign(", Example("js"), StringComparison.Ordinal);
    }

    private async Task AssertMarksPaidAsync(string command, string[] arguments, string folder)
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        var order = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "samples", "order-webshop.json")))!.AsObject();
        Assert.True((await app.PostOrderAsync(order)).IsSuccessStatusCode);

        var output = await RunAsync(command, arguments, folder, new()
        {
            ["REGISTRY_URL"] = app.Client.BaseAddress!.ToString().TrimEnd('/'),
            ["SIGNING_SECRET"] = SignedHttp.WebshopSecret,
        });

        Assert.Matches("""^200 \{"orderRef":"ord_[^"]+","status":"paid","date":"2026-11-23"\}""", output.Trim());
    }

    private static async Task<string> RunAsync(string command, string[] arguments, string folder, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(command) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.Environment.Remove("FUNCTION_KEY");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"{command} exited with {process.ExitCode}:\n{await output}\n{await errors}");
        return await output;
    }

    /// <summary>The one fenced block of the language in the signing section of docs/api/orders.md.</summary>
    private static string Example(string language)
    {
        var page = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "api", "orders.md"));
        var section = page[page.IndexOf("### Signing with the Standard Webhooks libraries", StringComparison.Ordinal)..];
        var block = FencedBlock().Matches(section).Single(match => match.Groups["language"].Value == language);
        return block.Groups["code"].Value;
    }

    [GeneratedRegex(@"^```(?<language>\w+)\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedBlock();
}
