using Microsoft.Extensions.Options;
using Registry.Clients.Signing;
using Registry.Orders;
using Registry.Preferences;
using Registry.Serialization;

namespace Registry.Clients.Grants;

/// <summary>
/// Checks every client's settings on start and names each bad one as it is set (<c>Registry__Clients__{id}__…</c>),
/// so a typo in an operation, purpose or category stops the app instead of silently granting less (or more).
/// </summary>
public sealed class ClientDirectoryValidation : IValidateOptions<ClientDirectoryOptions>
{
    public ValidateOptionsResult Validate(string? name, ClientDirectoryOptions options)
    {
        var failures = new List<string>();
        foreach (var (id, client) in options)
        {
            var at = $"Registry__Clients__{id}";
            if (!ClientId.TryParse(id, out _))
            {
                failures.Add($"{at}: {ClientId.Rule}.");
            }

            if (client.Channels.Count == 0)
            {
                failures.Add($"{at}__Channels: at least one of {string.Join(", ", WireName<SalesChannel>.All)}.");
            }

            Each(client.Channels, $"{at}__Channels", c => WireName<SalesChannel>.TryParse(c, out _), $"one of {string.Join(", ", WireName<SalesChannel>.All)}", failures);
            Each(client.SigningSecrets, $"{at}__SigningSecrets", s => WebhookSecret.TryDecode(s, out _), "a whsec_ secret", failures);
            Each(client.Operations, $"{at}__Operations", o => ClientOperations.TryParse(o, out _), $"one of {string.Join(", ", ClientOperations.All)}", failures);
            Audiences(client, at, failures);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Audiences(ClientOptions client, string at, List<string> failures)
    {
        var granted = client.Operations.Contains(ClientOperations.NameOf(ClientOperation.Audiences), StringComparer.Ordinal);
        if (granted != client.Audiences.Count > 0)
        {
            failures.Add(granted
                ? $"{at}__Audiences: the audiences operation needs at least one purpose with its categories."
                : $"{at}__Operations: audience purposes are configured but 'audiences' is not among the operations.");
        }

        foreach (var (purpose, categories) in client.Audiences)
        {
            var path = $"{at}__Audiences__{purpose}";
            if (!WireName<ConsentPurpose>.TryParse(purpose, out _))
            {
                failures.Add($"{path}: not a purpose; one of {string.Join(", ", WireName<ConsentPurpose>.All)}.");
            }

            Each(categories, path, c => WireName<DataCategory>.TryParse(c, out _), $"one of {string.Join(", ", WireName<DataCategory>.All)}", failures);
            if (!categories.Any(c => WireName<DataCategory>.TryParse(c, out var category) && DataCategories.Contact.Contains(category)))
            {
                failures.Add($"{path}: needs at least one way to reach a person (email, phone or postal_address).");
            }
        }
    }

    private static void Each(List<string> values, string path, Func<string, bool> valid, string expected, List<string> failures)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (!valid(values[i]))
            {
                failures.Add($"{path}__{i}: must be {expected}.");
            }
        }
    }
}
