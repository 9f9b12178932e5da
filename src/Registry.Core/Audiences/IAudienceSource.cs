using Registry.Subjects;

namespace Registry.Audiences;

/// <summary>Reads people in subject order, whole partitions at a time, with their contact data decrypted.</summary>
public interface IAudienceSource
{
    /// <summary>Up to <paramref name="maxSubjects"/> people after <paramref name="after"/> (from the start when null).</summary>
    Task<AudienceScan> ScanAsync(SubjectId? after, int maxSubjects, CancellationToken cancellationToken = default);
}
