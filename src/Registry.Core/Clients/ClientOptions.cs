namespace Registry.Clients;

/// <summary>
/// One calling system under <c>Registry:Clients:{clientId}</c>: what it may do (default deny) and, in development,
/// its signing secrets. In Azure its signing secrets are read through <see cref="Privacy.IRegistrySecrets"/> from Key Vault.
/// </summary>
public sealed class ClientOptions
{
    public const string Section = "Registry:Clients";

    /// <summary>The sales channels this client may post orders for (<c>webshop</c>, <c>store</c>, <c>reseller</c>).</summary>
    public List<string> Channels { get; } = [];

    /// <summary>
    /// The operations granted (<c>orders</c>, <c>billing</c>, <c>preferences</c>, <c>unsubscribeLinks</c>, <c>audiences</c>);
    /// anything not listed is refused with 403.
    /// </summary>
    public List<string> Operations { get; } = [];

    /// <summary>
    /// For the <c>audiences</c> grant: purpose (<c>direct_marketing</c>, …) to the data categories an audience for it may
    /// carry (<c>name</c>, <c>organisation</c>, <c>email</c>, <c>phone</c>, <c>postal_address</c>). A purpose not listed is refused.
    /// </summary>
    public Dictionary<string, List<string>> Audiences { get; } = new(StringComparer.Ordinal);

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
