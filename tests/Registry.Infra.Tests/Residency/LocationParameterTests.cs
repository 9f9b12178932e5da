using Registry.Infra.Tests.Arm;

namespace Registry.Infra.Tests.Residency;

public class LocationParameterTests
{
    private static readonly JsonObject Parameters = CompiledTemplate.Main.Root["parameters"]!.AsObject();

    [Fact]
    public void LocationParameter_AllowedValues_AreEuRegionsOnly()
    {
        // Arrange
        var allowed = Parameters["location"]!["allowedValues"]!.AsArray().Select(v => v!.ToString()).ToList();

        // Act
        var outsideEu = allowed.Where(r => !EuRegions.All.Contains(r)).ToList();

        // Assert
        Assert.NotEmpty(allowed);
        Assert.Empty(outsideEu);
    }

    [Fact]
    public void LocationParameter_Default_IsAbsentSoEveryDeploymentChoosesARegion()
    {
        // Arrange
        var location = Parameters["location"]!.AsObject();

        // Act
        var hasDefault = location.ContainsKey("defaultValue");

        // Assert
        Assert.False(hasDefault);
    }

    [Fact]
    public void AllowedLocationsVariable_Regions_MatchLocationParameter()
    {
        // Arrange
        var allowed = Parameters["location"]!["allowedValues"]!.AsArray().Select(v => v!.ToString()).Order();
        var pairs = CompiledTemplate.Main.Root["variables"]!["euRegionPairs"]!.AsObject();

        // Act
        var policyList = pairs.Select(p => p.Key).Order();

        // Assert
        Assert.Equal(allowed, policyList);
    }
}
