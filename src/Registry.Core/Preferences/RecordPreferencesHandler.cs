using Microsoft.Extensions.Logging;
using Registry.Privacy;
using Registry.Subjects;

namespace Registry.Preferences;

/// <summary>
/// Records preference events in a subject's ledger, whatever retries, duplicates and concurrent writers do:
/// read the current rows, plan with <see cref="PreferenceLedger"/>, commit history and current state in one
/// transaction at the versions read, and on a conflict read again. An objection to direct marketing is put
/// on the suppression list before the commit, so an acknowledged objection is never without it.
/// </summary>
public sealed partial class RecordPreferencesHandler(
    IPreferenceStore store, ISuppressionList suppression, IBlindIndex blindIndex, TimeProvider time, ILogger<RecordPreferencesHandler> logger)
{
    private const int MaxConflicts = 12;

    public async Task<RecordPreferencesOutcome> HandleAsync(RecordPreferencesCommand command, CancellationToken cancellationToken = default)
    {
        var pending = command.Events.DistinctBy(e => e.EventId).ToList();
        var suppressed = false;
        for (var conflicts = 0; conflicts < MaxConflicts;)
        {
            if (await store.ReadAsync(command.Subject, cancellationToken) is not { } record)
            {
                return new RecordPreferencesOutcome.UnknownSubject();
            }

            if (!suppressed)
            {
                await SuppressObjectionsAsync(record, pending, cancellationToken);
                suppressed = true;
            }

            var writes = PreferenceLedger.Plan(record.Preferences, pending);
            var result = writes.Count == 0 ? new PreferenceCommit.Committed() : await store.CommitAsync(command.Subject, writes, record.Folded.Preferences, cancellationToken);
            switch (result)
            {
                case PreferenceCommit.Committed:
                    LogRecorded(logger, command.Subject.Value, pending.Count, command.Events.Count);
                    return new RecordPreferencesOutcome.Recorded(command.Subject, Current(record, writes));
                case PreferenceCommit.AlreadyRecorded duplicate:
                    // A retried event: it is in the history already, so the rest is committed without it.
                    pending.Remove(writes[duplicate.WriteIndex].Event);
                    break;
                default:
                    conflicts++;
                    await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20) * Math.Min(conflicts, 8)), time, cancellationToken);
                    break;
            }
        }

        LogContended(logger, command.Subject.Value);
        return new RecordPreferencesOutcome.Contended();
    }

    private async Task SuppressObjectionsAsync(SubjectRecord record, IReadOnlyList<PreferenceEvent> events, CancellationToken cancellationToken)
    {
        var objections = events.Where(e => e.Purpose == ConsentPurpose.DirectMarketing && e.State == PreferenceState.Objected).ToList();
        if (objections.Count > 0 && record.Profile.Email is { } email)
        {
            var index = await blindIndex.ForEmailAsync(email.Value, cancellationToken);
            await suppression.AddAsync(index, objections.Max(e => e.OccurredAt), cancellationToken);
        }
    }

    private static Dictionary<ConsentPurpose, PreferenceEvent> Current(SubjectRecord record, IReadOnlyList<PreferenceWrite> writes)
    {
        var current = record.Preferences.ToDictionary(p => p.Key, p => p.Value.Event);
        foreach (var write in writes.Where(w => w.BecomesCurrent))
        {
            current[write.Event.Purpose] = write.Current.Deciding;
        }

        return current;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Preferences of subject {SubjectId}: {NewEvents} of {Events} events newly recorded")]
    private static partial void LogRecorded(ILogger logger, string subjectId, int newEvents, int events);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Preferences of subject {SubjectId} gave up after repeated concurrent changes")]
    private static partial void LogContended(ILogger logger, string subjectId);
}
