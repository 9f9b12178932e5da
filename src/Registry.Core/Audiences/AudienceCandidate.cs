using Registry.Preferences;
using Registry.Subjects;

namespace Registry.Audiences;

/// <summary>
/// One person as an audience sees them: contact data, recorded preference events, and the markers that
/// take a person out of every audience (see <see cref="SubjectMarkers"/>).
/// </summary>
public sealed record AudienceCandidate(
    SubjectId Subject,
    CustomerProfile Contact,
    IReadOnlyDictionary<ConsentPurpose, PreferenceEvent> Preferences,
    SubjectMarkers Markers);

/// <summary>
/// The contract with the restriction (issue 5) and erasure (issue 6) work: a row with RowKey <c>status|restricted</c>
/// in the subject's partition while processing is restricted (Art. 18), and <c>status|erased</c> from the moment an
/// erasure is decided until the partition is gone. Either row takes the person out of every audience; a partition
/// without a <c>profile</c> row is never in one either.
/// </summary>
public sealed record SubjectMarkers(bool Restricted, bool Erased)
{
    public static SubjectMarkers None { get; } = new(false, false);
}

/// <summary>A slice of the register in subject order; <paramref name="ScannedTo"/> is the last subject looked at, null at the end.</summary>
public sealed record AudienceScan(IReadOnlyList<AudienceCandidate> Candidates, SubjectId? ScannedTo);
