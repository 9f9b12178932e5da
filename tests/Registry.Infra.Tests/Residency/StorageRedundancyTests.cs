using Registry.Infra.Tests.Arm;

namespace Registry.Infra.Tests.Residency;

public class StorageRedundancyTests
{
    private static readonly JsonObject Variables = CompiledTemplate.Main.Root["variables"]!.AsObject();

    [Fact]
    public void RegionPairs_PairedRegion_IsAnEuRegionOrNone()
    {
        // Arrange
        var pairs = Variables["euRegionPairs"]!.AsObject();

        // Act
        var outsideEu = pairs.Select(p => p.Value!.ToString()).Where(pair => pair.Length > 0 && !EuRegions.All.Contains(pair));

        // Assert
        Assert.Empty(outsideEu);
    }

    [Fact]
    public void StorageSku_GeoRedundantWithoutEuPair_FailsTheDeploymentWithAMessage()
    {
        // Arrange
        var sku = Variables["storageSku"]!.ToString();

        // Act
        var guarded = sku.Contains("contains(variables('geoRedundantSkus'), parameters('storageRedundancy'))", StringComparison.Ordinal)
            && sku.Contains("empty(variables('euRegionPairs')[parameters('location')])", StringComparison.Ordinal);

        // Assert
        Assert.True(guarded, sku);
        Assert.Contains("fail(format('Storage redundancy {0}", sku, StringComparison.Ordinal);
    }

    [Fact]
    public void GeoRedundantSkus_EveryAllowedGeoOption_IsGuarded()
    {
        // Arrange
        var allowed = CompiledTemplate.Main.Root["parameters"]!["storageRedundancy"]!["allowedValues"]!.AsArray().Select(v => v!.ToString());
        var guarded = Variables["geoRedundantSkus"]!.AsArray().Select(v => v!.ToString()).ToHashSet();

        // Act
        var unguardedGeo = allowed.Where(s => s.Contains("GRS", StringComparison.Ordinal) && !guarded.Contains(s));

        // Assert
        Assert.Empty(unguardedGeo);
    }

    [Theory]
    [InlineData("data-storage")]
    [InlineData("host-storage")]
    public void StorageAccount_Sku_ComesFromTheGuardedVariable(string module)
    {
        // Act
        var skuName = CompiledTemplate.Main.Module(module).Text("properties.parameters.skuName.value");

        // Assert
        Assert.Equal("[variables('storageSku')]", skuName);
    }
}
