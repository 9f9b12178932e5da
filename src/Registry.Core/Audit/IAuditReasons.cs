namespace Registry.Audit;

/// <summary>Seals the free-text reason of an audit entry under its person's or case's key, and opens it for an audited read.</summary>
public interface IAuditReasons
{
    /// <summary>The reason sealed for <paramref name="entry"/> (its ids and <see cref="AuditEntry.EntryId"/> say whose key).</summary>
    Task<SealedReason> SealAsync(AuditEntry entry, string reason, CancellationToken cancellationToken = default);

    /// <summary>Each entry's reason as it reads now (in the same order).</summary>
    Task<IReadOnlyList<AuditReason>> OpenAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken = default);
}

/// <summary>An entry's reason as read: the text while its key exists, or why there is none.</summary>
public sealed record AuditReason(string? Text, AuditReasonState State)
{
    public static readonly AuditReason None = new(null, AuditReasonState.None);
}

public enum AuditReasonState
{
    /// <summary>No reason was given.</summary>
    None,

    /// <summary>Sealed and readable: <see cref="AuditReason.Text"/> holds it.</summary>
    Kept,

    /// <summary>Its key was destroyed (the person erased, the case file purged): unreadable for good.</summary>
    Erased,

    /// <summary>Given, but the entry named no person or case to seal it under, so it was not stored.</summary>
    NotKept,
}
