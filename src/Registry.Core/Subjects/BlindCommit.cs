using Registry.Orders.Storage;
using Registry.Preferences;
using Registry.Privacy.Encryption;

namespace Registry.Subjects;

/// <summary>
/// What a returning customer's order writes without reading the partition (issue 18), as one entity-group transaction:
/// the order, its contact <paramref name="Snapshot"/> and its checkout choices as pending events, sealed under keys of the
/// order's own (<see cref="Keyring.ForNewRows"/>), stored in the same transaction. Readers fold the snapshot and the events
/// into the profile and the current preferences by the rules a read-then-write applies. The transaction also requires the
/// person's profile row: a person erased or anonymised meanwhile, or never stored, fails it and takes the reading path.
/// </summary>
public sealed record BlindCommit(
    SubjectId Subject,
    Keyring Keys,
    CustomerProfile Snapshot,
    StoredOrder Order,
    IReadOnlyList<PreferenceEvent> Preferences);
