using Azure.Data.Tables;
using Registry.Infrastructure.Tables;
using Registry.Preferences;
using Registry.Subjects;

namespace Registry.Infrastructure.Preferences;

/// <summary>
/// Preference rows in the subject's partition: history rows (<c>prefevent|{id}</c>) are added, the current
/// row (<c>pref|{purpose}</c>) is written at the version read, and the pending events folded into a row written are
/// removed (<c>pref|{purpose}|{id}</c>, issue 18), all in one entity-group transaction.
/// </summary>
public sealed class TablePreferenceStore(RegistryTables tables, TableSubjectPartitions partitions) : IPreferenceStore
{
    public Task<SubjectRecord?> ReadAsync(SubjectId subject, CancellationToken cancellationToken = default) =>
        partitions.ReadForIngestionAsync(subject, cancellationToken);

    public async Task<PreferenceCommit> CommitAsync(
        SubjectId subject, IReadOnlyList<PreferenceWrite> writes, IReadOnlyDictionary<ConsentPurpose, FoldedPreference> folded, CancellationToken cancellationToken = default)
    {
        // History rows first, in the order of writes, so a failed index names the write that was already recorded.
        var actions = writes.Select(w => new TableTransactionAction(TableTransactionActionType.Add, PreferenceEntity.History(subject, w.Event))).ToList();
        actions.AddRange(writes.Where(w => w.BecomesCurrent)
            .Select(w => TableSubjectPartitions.Versioned(PreferenceEntity.Current(subject, w.Current), w.CurrentETag)));

        // Only the purposes whose current row this write replaces: another purpose's row is not this write's to touch.
        var written = folded.Where(f => writes.Any(w => w.BecomesCurrent && w.Event.Purpose == f.Key)).ToDictionary();
        actions.AddRange(TableSubjectPartitions.Compaction(subject, [], written, writes, actions.Count));
        try
        {
            await tables.Subjects.SubmitTransactionAsync(actions, cancellationToken);
            return new PreferenceCommit.Committed();
        }
        catch (TableTransactionFailedException e) when (e.Status is 409 or 412 or 404)
        {
            return e.Status == 409 && e.FailedTransactionActionIndex is { } index && index < writes.Count
                ? new PreferenceCommit.AlreadyRecorded(index)
                : new PreferenceCommit.Conflict();
        }
    }
}
