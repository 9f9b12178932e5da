using Registry.Testing.Azurite;

namespace Registry.DevHost.Tests.Support;

/// <summary>Tests that need queues share one Azurite and use unique queue names.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
