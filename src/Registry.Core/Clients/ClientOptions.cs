namespace Registry.Clients;

/// <summary>
/// One calling system under <c>Registry:Clients:{clientId}</c>. Its signing secrets are read through
/// <see cref="Privacy.IRegistrySecrets"/>: from Key Vault in Azure, from development-only settings locally.
/// </summary>
public sealed class ClientOptions
{
    public const string Section = "Registry:Clients";

    /// <summary>The sales channels this client may post orders for (<c>webshop</c>, <c>store</c>, <c>reseller</c>).</summary>
    public List<string> Channels { get; } = [];

    /// <summary>Development only: <c>whsec_&lt;base64&gt;</c> secrets. Empty in Azure.</summary>
    public List<string> SigningSecrets { get; } = [];
}

/// <summary>All configured clients by id.</summary>
public sealed class ClientDirectoryOptions : Dictionary<string, ClientOptions>
{
    public ClientDirectoryOptions()
        : base(StringComparer.Ordinal)
    {
    }
}
