namespace Registry.Cases.Attachments;

/// <summary>
/// Mail attachments: the mailbox connector's unsealed copies as they arrive, and each case's attachments, sealed,
/// for as long as the case file (or the person) lasts.
/// </summary>
public interface ICaseAttachments
{
    /// <summary>
    /// The connector's copy at <paramref name="blobPath"/>; null when it is not there (taken on an earlier delivery) or
    /// the path is not one the connector writes.
    /// </summary>
    Task<ReadOnlyMemory<byte>?> ReadIncomingAsync(string blobPath, CancellationToken cancellationToken = default);

    Task DeleteIncomingAsync(string blobPath, CancellationToken cancellationToken = default);

    /// <summary>Stores the attachment sealed under the case; storing the same id again replaces it (a redelivery).</summary>
    Task SaveAsync(CaseReference reference, CaseAttachment attachment, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<CaseAttachment>> ListAsync(CaseReference reference, CancellationToken cancellationToken = default);

    /// <summary>One attachment with its content, opened; null when the case has none with this id (or no longer).</summary>
    Task<CaseAttachmentContent?> ReadAsync(CaseReference reference, string attachmentId, CancellationToken cancellationToken = default);

    /// <summary>Deletes every attachment of the case (with its history); returns how many went.</summary>
    Task<int> DeleteAllAsync(CaseReference reference, CancellationToken cancellationToken = default);
}
