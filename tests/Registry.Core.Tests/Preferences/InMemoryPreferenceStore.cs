using Registry.Privacy.Encryption;
using Registry.Preferences;
using Registry.Subjects;

namespace Registry.Core.Tests.Preferences;

/// <summary>
/// An <see cref="IPreferenceStore"/> with the transaction semantics of the table adapter: all writes or none,
/// a history row that exists fails its index, a current row written at a stale version fails the whole commit.
/// </summary>
internal sealed class InMemoryPreferenceStore
    : IPreferenceStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<ConsentPurpose, CurrentPreference> _current = [];
    private int _version;

    public Dictionary<string, PreferenceEvent> History { get; } = [];

    public CustomerProfile Profile { get; init; } = CustomerProfile.Empty;

    /// <summary>Commits that failed on a stale version (concurrent writers).</summary>
    public int Conflicts { get; private set; }

    public IReadOnlyDictionary<ConsentPurpose, PreferenceEvent> Current
    {
        get
        {
            lock (_gate)
            {
                return _current.ToDictionary(p => p.Key, p => p.Value.Event);
            }
        }
    }

    /// <summary>Pause after each read, so concurrent writers interleave between read and commit.</summary>
    public TimeSpan ReadPause { get; init; }

    public async Task<SubjectRecord?> ReadAsync(SubjectId subject, CancellationToken cancellationToken = default)
    {
        SubjectRecord record;
        lock (_gate)
        {
            record = new SubjectRecord(Profile, null, new Dictionary<ConsentPurpose, CurrentPreference>(_current), Keyring.Empty(subject));
        }

        if (ReadPause > TimeSpan.Zero)
        {
            await Task.Delay(ReadPause, cancellationToken);
        }

        return record;
    }

    public Task<PreferenceCommit> CommitAsync(
        SubjectId subject, IReadOnlyList<PreferenceWrite> writes, IReadOnlyDictionary<ConsentPurpose, FoldedPreference> folded, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            for (var i = 0; i < writes.Count; i++)
            {
                if (History.ContainsKey(writes[i].Event.EventId))
                {
                    return Task.FromResult<PreferenceCommit>(new PreferenceCommit.AlreadyRecorded(i));
                }
            }

            foreach (var write in writes.Where(w => w.BecomesCurrent))
            {
                if (_current.GetValueOrDefault(write.Event.Purpose)?.ETag != write.CurrentETag)
                {
                    Conflicts++;
                    return Task.FromResult<PreferenceCommit>(new PreferenceCommit.Conflict());
                }
            }

            foreach (var write in writes)
            {
                History[write.Event.EventId] = write.Event;
                if (write.BecomesCurrent)
                {
                    _current[write.Event.Purpose] = new CurrentPreference(write.Current.Deciding, $"v{++_version}", write.Current);
                }
            }

            return Task.FromResult<PreferenceCommit>(new PreferenceCommit.Committed());
        }
    }
}
