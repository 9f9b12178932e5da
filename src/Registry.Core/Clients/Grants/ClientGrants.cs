using System.Collections.Frozen;
using Microsoft.Extensions.Options;
using Registry.Preferences;
using Registry.Serialization;

namespace Registry.Clients.Grants;

/// <summary>
/// What each configured client may do, read once from <see cref="ClientDirectoryOptions"/> (validated on start by
/// <see cref="ClientDirectoryValidation"/>). Default deny: an operation or purpose not configured is not granted.
/// </summary>
public sealed class ClientGrants(IOptions<ClientDirectoryOptions> options)
{
    private readonly Lazy<FrozenDictionary<string, Grant>> _grants =
        new(() => options.Value.ToFrozenDictionary(pair => pair.Key, pair => Grant.From(pair.Value), StringComparer.Ordinal));

    public bool Allows(ClientId client, ClientOperation operation) =>
        _grants.Value.TryGetValue(client.Value, out var grant) && grant.Operations.Contains(operation);

    /// <summary>The categories an audience for <paramref name="purpose"/> may carry to <paramref name="client"/>; null when not granted.</summary>
    public IReadOnlySet<DataCategory>? AudienceCategories(ClientId client, ConsentPurpose purpose) =>
        _grants.Value.TryGetValue(client.Value, out var grant) && grant.Operations.Contains(ClientOperation.Audiences)
        && grant.Audiences.TryGetValue(purpose, out var categories)
            ? categories
            : null;

    private sealed record Grant(IReadOnlySet<ClientOperation> Operations, IReadOnlyDictionary<ConsentPurpose, IReadOnlySet<DataCategory>> Audiences)
    {
        public static Grant From(ClientOptions client)
        {
            var operations = new HashSet<ClientOperation>();
            foreach (var name in client.Operations)
            {
                if (ClientOperations.TryParse(name, out var operation))
                {
                    operations.Add(operation);
                }
            }

            var audiences = new Dictionary<ConsentPurpose, IReadOnlySet<DataCategory>>();
            foreach (var (name, categories) in client.Audiences)
            {
                if (WireName<ConsentPurpose>.TryParse(name, out var purpose))
                {
                    audiences[purpose] = categories.Select(c => WireName<DataCategory>.TryParse(c, out var category) ? category : (DataCategory?)null)
                        .OfType<DataCategory>().ToHashSet();
                }
            }

            return new Grant(operations, audiences);
        }
    }
}
