using Azure.Storage.Queues;
using Microsoft.Extensions.Options;
using Registry.Infrastructure.Storage;
using Registry.Infrastructure.Tables;
using Registry.Letters;
using Registry.Letters.Delivery;

namespace Registry.Infrastructure.Letters;

/// <summary>
/// Queues a letter: stores it sealed under its case's key first, then puts only its reference on <c>outbound-mail</c>
/// (raw JSON, never expiring: a letter owed is owed until sent). A producer's retry stores nothing new and queues the
/// reference again; the sender sends each letter id once.
/// </summary>
public sealed class QueueOutboundMail(QueueServiceClient service, IOptions<StorageNames> names, ILetterStore letters, TimeProvider time)
    : IOutboundMail, ILetterQueue
{
    private readonly QueueClient _queue = service.GetQueueClient(names.Value.OutboundMailQueue);

    public async Task SendAsync(OutboundLetter letter, CancellationToken cancellationToken = default)
    {
        await letters.PutAsync(letter, time.GetUtcNow(), cancellationToken);
        await EnqueueAsync(new LetterReference(letter.LetterId, letter.CaseReference), TimeSpan.Zero, cancellationToken);
    }

    public Task RequeueAsync(LetterReference reference, TimeSpan delay, CancellationToken cancellationToken = default) =>
        EnqueueAsync(reference, delay, cancellationToken);

    /// <summary>Reads a reference from a queue message body.</summary>
    public static LetterReference Parse(BinaryData body) => StorageJson.Read<LetterReference>(body.ToString());

    private async Task EnqueueAsync(LetterReference reference, TimeSpan delay, CancellationToken cancellationToken) =>
        await _queue.SendMessageAsync(StorageJson.Write(reference), visibilityTimeout: delay, timeToLive: TimeSpan.FromSeconds(-1), cancellationToken: cancellationToken);
}
