using System.Text.RegularExpressions;
using Registry.Residency;
using Registry.Testing;

namespace Registry.Core.Tests.Residency;

public class ResidencyGuardTests
{
    private static readonly Uri AzureTables = new("https://stregistry.table.core.windows.net/");
    private static readonly Uri AzureVault = new("https://kv-registry.vault.azure.net/");
    private static readonly Uri Azurite = new("http://127.0.0.1:10002/devstoreaccount1");

    [Theory]
    [InlineData("West Europe")]
    [InlineData("swedencentral")]
    [InlineData("Finland Central")]
    public void Verdict_RegionOutsideTheAllowList_IsNotCompliantUnlessEu(string region)
    {
        var verdict = Guard(region, isDevelopment: false, AzureTables, AzureVault).Verdict;

        Assert.Equal(EuRegions.Contains(region), verdict.Compliant);
        Assert.Equal(region != "Finland Central", verdict.Compliant);
    }

    [Theory]
    [InlineData("East US")]
    [InlineData("UK South")]
    [InlineData("Switzerland North")]
    public void Verdict_NonEuRegion_IsRefused(string region) =>
        Assert.False(Guard(region, isDevelopment: false, AzureTables).Verdict.Compliant);

    [Fact]
    public void Verdict_AzuriteOutsideDevelopment_IsRefused() =>
        Assert.False(Guard("West Europe", isDevelopment: false, Azurite).Verdict.Compliant);

    [Fact]
    public void Verdict_AzuriteInDevelopmentWithNoRegion_IsAllowed() =>
        Assert.True(Guard(null, isDevelopment: true, Azurite).Verdict.Compliant);

    [Fact]
    public void Verdict_NoRegionInAzure_IsRefused() =>
        Assert.False(Guard(null, isDevelopment: false, AzureTables).Verdict.Compliant);

    [Theory]
    [InlineData("https://stregistry.table.core.chinacloudapi.cn/")]
    [InlineData("https://stregistry.table.core.usgovcloudapi.net/")]
    [InlineData("http://stregistry.table.core.windows.net/")]
    [InlineData("https://storage.example.com/")]
    public void Verdict_EndpointOutsideTheAzurePublicCloudOrPlainHttp_IsRefused(string endpoint) =>
        Assert.False(Guard("West Europe", isDevelopment: false, new Uri(endpoint)).Verdict.Compliant);

    [Fact]
    public void AllowList_EqualsTheBicepLocationAllowList()
    {
        var bicep = File.ReadAllText(Path.Combine(RepoPaths.Root, "infra", "main.bicep"));
        var block = Regex.Match(bicep, @"@allowed\(\[(?<regions>[^\]]*)\]\)\s*@description\([^)]*\)\s*param location ").Groups["regions"].Value;
        var regions = Regex.Matches(block, "'([a-z]+)'").Select(m => m.Groups[1].Value).Order();

        Assert.Equal(EuRegions.Allowed.Order(), regions);
    }

    private static ResidencyGuard Guard(string? region, bool isDevelopment, params Uri[] endpoints) =>
        new(new ResidencySettings(region, isDevelopment, endpoints.Select((uri, i) => ($"endpoint{i}", (Uri?)uri)).ToList()));
}
