using Registry.Clients;
using Registry.Clients.Grants;
using Registry.Preferences;
using Registry.Serialization;
using Registry.Subjects;

namespace Registry.Functions.Http;

/// <summary>
/// What a signed client may do beyond its operation grant (checked by <see cref="SignedClients"/>) and for whom (its
/// own customers; anyone else is answered like an unknown person by the caller). Checked before anything is read or written.
/// </summary>
public sealed class ClientGate(ClientGrants grants, ICustomerRelationships relationships)
{
    /// <summary>
    /// The events, or a 403 naming <c>personActs</c> when they claim the person's own act and the client is not granted
    /// to record such acts. Without it, any client could lift a person's objection by claiming it.
    /// </summary>
    public Result<IReadOnlyList<PreferenceEvent>> PersonActs(ClientId client, IReadOnlyList<PreferenceEvent> events) =>
        events.Any(e => e.Actor == PreferenceActor.Person) && !grants.Allows(client, ClientOperation.PersonActs)
            ? Problems.NotGranted(ClientOperations.NameOf(ClientOperation.PersonActs))
            : new Result<IReadOnlyList<PreferenceEvent>>.Ok(events);

    /// <summary>The categories granted for an audience of <paramref name="purpose"/>, or a 403 naming the missing grant.</summary>
    public Result<IReadOnlySet<DataCategory>> AudienceGrant(ClientId client, ConsentPurpose purpose) =>
        grants.AudienceCategories(client, purpose) is { } categories
            ? new Result<IReadOnlySet<DataCategory>>.Ok(categories)
            : Problems.NotGranted($"{ClientOperations.NameOf(ClientOperation.Audiences)}:{purpose.ToWire()}");

    /// <summary>Whether <paramref name="subject"/> is the client's customer; false for an unknown subject too.</summary>
    public Task<bool> IsCustomerAsync(ClientId client, SubjectId subject, CancellationToken cancellationToken) =>
        relationships.ExistsAsync(subject, client, cancellationToken);
}
