using Azure.Storage.Queues;
using Microsoft.Extensions.Options;
using Registry.Infrastructure.Storage;
using Registry.Infrastructure.Tables;
using Registry.Letters;

namespace Registry.Infrastructure.Cases;

/// <summary>Letters as raw JSON on <c>outbound-mail</c>, never expiring (a letter owed is owed until sent).</summary>
public sealed class QueueOutboundMail(QueueServiceClient service, IOptions<StorageNames> names) : IOutboundMail
{
    private readonly QueueClient _queue = service.GetQueueClient(names.Value.OutboundMailQueue);

    public async Task SendAsync(OutboundLetter letter, CancellationToken cancellationToken = default) =>
        await _queue.SendMessageAsync(StorageJson.Write(letter), timeToLive: TimeSpan.FromSeconds(-1), cancellationToken: cancellationToken);
}
