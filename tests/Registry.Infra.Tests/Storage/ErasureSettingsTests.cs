using Registry.Infra.Tests.Arm;

namespace Registry.Infra.Tests.Storage;

// Erased data must not survive in copies the register does not control (docs/deploy.md, "Erasure").
public class ErasureSettingsTests
{
    private static readonly ArmResource BlobService =
        CompiledTemplate.Main.Resource("Microsoft.Storage/storageAccounts/blobServices", "data-storage");

    [Fact]
    public void DataBlobService_Versioning_IsOffSoErasedBlobsLeaveNoVersions()
    {
        // Assert
        Assert.False(BlobService.Flag("properties.isVersioningEnabled"));
        Assert.False(BlobService.Flag("properties.changeFeed.enabled"));
        Assert.Null(BlobService.Select("properties.restorePolicy"));
    }

    [Fact]
    public void DataBlobService_SoftDelete_IsOnButShorterThanTheGdprAnswerTime()
    {
        // Arrange
        var defaultDays = CompiledTemplate.Main.ModuleTemplate("data-storage")["parameters"]!["softDeleteDays"]!["defaultValue"]!.GetValue<int>();

        // Assert
        Assert.True(BlobService.Flag("properties.deleteRetentionPolicy.enabled"));
        Assert.Equal("[parameters('softDeleteDays')]", BlobService.Text("properties.deleteRetentionPolicy.days"));
        Assert.True(BlobService.Flag("properties.containerDeleteRetentionPolicy.enabled"));
        Assert.InRange(defaultDays, 1, 7);
    }
}
