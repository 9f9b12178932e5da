using Registry.Clients;
using Registry.Contact;
using Registry.Orders.Ingest;

namespace Registry.Privacy;

/// <summary>
/// Keyed blind indexes (design decision D4): a keyed hash of a normalised identifier, so the register
/// can find a person by e-mail or phone without that value ever appearing in a table key.
/// </summary>
public interface IBlindIndex
{
    ValueTask<string> ForEmailAsync(EmailAddress email, CancellationToken cancellationToken = default);

    ValueTask<string> ForPhoneAsync(PhoneNumber phone, CancellationToken cancellationToken = default);

    /// <summary>The keyed fingerprint of an order's validated content, kept to tell a retry from a reused order id.</summary>
    ValueTask<string> ForOrderContentAsync(ClientId client, ValidatedOrder order, CancellationToken cancellationToken = default);
}
