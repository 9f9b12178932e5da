using Registry.Orders.Storage;
using Registry.Subjects;

namespace Registry.Erasure;

/// <summary>
/// Removes a person's data from storage. Every method tolerates being run again after a crash midway: rows and
/// keys already gone are the outcome asked for. Lookups are removed before the data keys, so a retry can still
/// find them.
/// </summary>
public interface ISubjectEraser
{
    /// <summary>
    /// The profile scope: the e-mail lookup, the profile data key (crypto-shredding every copy), and the profile,
    /// preference and disclosure rows. The suppression list is left alone: it outlives the person by design.
    /// </summary>
    /// <param name="data">The person as read.</param>
    /// <param name="emailIndex">The blind index of the profile's e-mail, when it is still known: its lookup goes.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    Task EraseProfileAsync(SubjectData data, string? emailIndex, CancellationToken cancellationToken = default);

    /// <summary>The orders' rows, their billing history and their (client, order id) claims, as read in <paramref name="data"/>.</summary>
    Task EraseOrdersAsync(SubjectData data, IReadOnlyList<StoredOrder> orders, CancellationToken cancellationToken = default);

    /// <summary>Everything: every lookup that points at the person, both data keys, and every row of the partition.</summary>
    Task EraseAllAsync(SubjectData data, string? emailIndex, CancellationToken cancellationToken = default);

    /// <summary>Marks the person erased except what holds keep (audiences and search leave them out from then on).</summary>
    Task MarkErasedAsync(SubjectId subject, ErasureMark mark, CancellationToken cancellationToken = default);
}
