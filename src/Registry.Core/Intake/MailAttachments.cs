using Microsoft.Extensions.Logging;
using Registry.Cases;
using Registry.Cases.Attachments;

namespace Registry.Intake;

/// <summary>
/// Takes a message's attachments from where the mailbox connector left them (unsealed, under no case) into the case:
/// each is stored sealed under the case, then the connector's copy is deleted. Ids come from the message key, so a
/// redelivery stores the same ones again and finds the copies it already took gone.
/// </summary>
public sealed partial class MailAttachments(ICaseAttachments store, ILogger<MailAttachments> logger)
{
    /// <summary>More than a mail client sends; a message naming more is not read past this.</summary>
    private const int MaxAttachments = 100;

    public async Task<int> TakeAsync(CaseReference reference, string messageKey, IReadOnlyList<MailboxAttachment?>? attachments, CancellationToken cancellationToken = default)
    {
        var taken = 0;
        for (var i = 0; i < Math.Min(attachments?.Count ?? 0, MaxAttachments); i++)
        {
            var attachment = attachments![i];
            if (attachment?.BlobPath is not { Length: > 0 } path || await store.ReadIncomingAsync(path, cancellationToken) is not { } content)
            {
                LogNotThere(logger, reference.Value, i);
                continue;
            }

            var stored = new CaseAttachment(CaseAttachment.IdFor(messageKey, i), AttachmentText.Name(attachment.Name), AttachmentText.ContentType(attachment.ContentType), content.Length);
            await store.SaveAsync(reference, stored, content, cancellationToken);
            await store.DeleteIncomingAsync(path, cancellationToken);
            taken++;
        }

        if (taken > 0)
        {
            LogTaken(logger, reference.Value, taken);
        }

        return taken;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sealed {Count} mail attachments under case {CaseReference}")]
    private static partial void LogTaken(ILogger logger, string caseReference, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Attachment {Index} of a message for case {CaseReference} is not at a connector path (taken on an earlier delivery, or never stored)")]
    private static partial void LogNotThere(ILogger logger, string caseReference, int index);
}
