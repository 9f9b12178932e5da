using Microsoft.AspNetCore.Mvc;
using Registry.Clients;
using Registry.Clients.Grants;
using Registry.Preferences;
using Registry.Serialization;
using Registry.Subjects;

namespace Registry.Functions.Http;

/// <summary>
/// What a signed client may do (its grants, 403 otherwise) and for whom (its own customers; anyone else is answered
/// like an unknown person by the caller). Checked after the signature and before anything is read or written.
/// </summary>
public sealed class ClientGate(ClientGrants grants, ICustomerRelationships relationships)
{
    /// <summary>A 403 naming the missing grant, or null when <paramref name="client"/> may use <paramref name="operation"/>.</summary>
    public ProblemResult? Refuse(ClientId client, ClientOperation operation) =>
        grants.Allows(client, operation) ? null : Problems.NotGranted(ClientOperations.NameOf(operation));

    /// <summary>
    /// A 403 naming <c>personActs</c> when <paramref name="events"/> claim the person's own act and the client is not
    /// granted to record such acts; null otherwise. Without it, any client could lift a person's objection by claiming it.
    /// </summary>
    public ProblemResult? RefusePersonActs(ClientId client, IReadOnlyList<PreferenceEvent> events) =>
        events.Any(e => e.Actor == PreferenceActor.Person) ? Refuse(client, ClientOperation.PersonActs) : null;

    /// <summary>The categories granted for an audience of <paramref name="purpose"/>, or a 403 naming the missing grant.</summary>
    public (IReadOnlySet<DataCategory>? Categories, IActionResult? Problem) AudienceGrant(ClientId client, ConsentPurpose purpose) =>
        grants.AudienceCategories(client, purpose) is { } categories
            ? (categories, null)
            : (null, Problems.NotGranted($"{ClientOperations.NameOf(ClientOperation.Audiences)}:{purpose.ToWire()}"));

    /// <summary>Whether <paramref name="subject"/> is the client's customer; false for an unknown subject too.</summary>
    public Task<bool> IsCustomerAsync(ClientId client, SubjectId subject, CancellationToken cancellationToken) =>
        relationships.ExistsAsync(subject, client, cancellationToken);
}
