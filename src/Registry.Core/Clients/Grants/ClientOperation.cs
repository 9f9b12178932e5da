using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Registry.Clients.Grants;

/// <summary>What a client may be granted to do; without the grant, the endpoint answers 403 and records nothing.</summary>
public enum ClientOperation
{
    /// <summary><c>POST /api/orders</c>, for the client's channels.</summary>
    Orders,

    /// <summary><c>PUT /api/orders/{orderId}/billing</c>, for the client's own orders.</summary>
    Billing,

    /// <summary><c>PUT /api/subjects/{id}/preferences</c> and <c>PUT /api/preferences</c>, for the client's own customers.</summary>
    Preferences,

    /// <summary><c>POST /api/unsubscribe-links</c>, for the client's own customers.</summary>
    UnsubscribeLinks,

    /// <summary><c>GET /api/audiences/{purpose}</c>, for the purposes and data categories granted.</summary>
    Audiences,

    /// <summary>
    /// Preference events sent as <c>"actor": "person"</c>: the person's own act on a page or mail the client runs for them
    /// (its preference page, a double opt-in). Such an act can lift the person's objection, so only a client that runs
    /// such a page for its customers is granted it.
    /// </summary>
    PersonActs,
}

/// <summary>The operations' names in settings and answers: camelCase, as the API's JSON fields (<c>unsubscribeLinks</c>).</summary>
public static class ClientOperations
{
    private static readonly FrozenDictionary<ClientOperation, string> Names =
        Enum.GetValues<ClientOperation>().ToFrozenDictionary(o => o, o => JsonNamingPolicy.CamelCase.ConvertName(o.ToString()));

    private static readonly FrozenDictionary<string, ClientOperation> ByName =
        Names.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static IReadOnlyList<string> All { get; } = [.. Enum.GetValues<ClientOperation>().Select(o => Names[o])];

    public static string NameOf(ClientOperation operation) => Names[operation];

    public static bool TryParse([NotNullWhen(true)] string? name, out ClientOperation operation) => ByName.TryGetValue(name ?? string.Empty, out operation);
}
