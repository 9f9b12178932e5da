using System.Diagnostics;
using System.Text.RegularExpressions;
using Registry.Functions.Tests.Support;
using Registry.Testing;
using Registry.Testing.Azurite;

namespace Registry.Functions.Tests.Deploy;

/// <summary>
/// scripts/smoke.sh, the post-deployment smoke test, run as the azd hook runs it (bash, curl, openssl) against the
/// product: health, a signed synthetic order as smoke_test, an erasure request through intake, verified and decided,
/// and nothing of the synthetic person left in the register.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed partial class SmokeScriptTests(AzuriteFixture azurite)
{
    private const string SmokeSecret = "whsec_REVWLU9OTFkgc21va2UtdGVzdCBzZWNyZXQgMCAhISE=";

    [Fact]
    public async Task SmokeScript_AgainstTheHost_PassesAndLeavesNothingOfItsPerson()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);

        var (exitCode, output) = await RunAsync(app, SmokeSecret);

        Assert.True(exitCode == 0, output);
        Assert.Contains("PASSED", output, StringComparison.Ordinal);
        var subject = SubjectId().Match(output).Value;
        Assert.StartsWith("sub_", subject, StringComparison.Ordinal);
        Assert.DoesNotContain(await app.ScanAsync(app.Names.SubjectsTable), r => r.PartitionKey == subject);
        Assert.DoesNotContain(await app.ScanAsync(app.Names.LookupTable), r => r.GetString("SubjectId") == subject);
    }

    [Fact]
    public async Task SmokeScript_WithAWrongSecret_FailsAndSaysWhere()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);

        var (exitCode, output) = await RunAsync(app, "whsec_" + Convert.ToBase64String(new byte[32]));

        Assert.Equal(1, exitCode);
        Assert.Contains("FAILED: POST /api/orders as smoke_test answered 401", output, StringComparison.Ordinal);
        Assert.Empty(await app.ScanAsync(app.Names.SubjectsTable));
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(RegistryApp app, string secret)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = RepoPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepoPaths.Root, "scripts", "smoke.sh"));
        start.Environment["REGISTRY_SMOKE_URL"] = app.Client.BaseAddress!.ToString().TrimEnd('/');
        start.Environment["REGISTRY_SMOKE_SECRET"] = secret;
        start.Environment["REGISTRY_SMOKE_WAIT"] = "60";
        start.Environment.Remove("REGISTRY_SMOKE_STAFF_TOKEN");
        start.Environment.Remove("REGISTRY_SMOKE_ADMIN_KEY");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }

    [GeneratedRegex("sub_[a-z0-9]+")]
    private static partial Regex SubjectId();
}
