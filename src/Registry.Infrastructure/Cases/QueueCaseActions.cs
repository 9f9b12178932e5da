using Azure.Storage.Queues;
using Microsoft.Extensions.Options;
using Registry.Cases.Work;
using Registry.Infrastructure.Storage;
using Registry.Infrastructure.Tables;

namespace Registry.Infrastructure.Cases;

/// <summary>Decided actions as raw JSON on <c>case-actions</c> for the executor; identifiers only.</summary>
public sealed class QueueCaseActions(QueueServiceClient service, IOptions<StorageNames> names) : ICaseActions
{
    private readonly QueueClient _queue = service.GetQueueClient(names.Value.CaseActionsQueue);

    public async Task SendAsync(CaseActionMessage message, CancellationToken cancellationToken = default) =>
        await _queue.SendMessageAsync(StorageJson.Write(message), timeToLive: TimeSpan.FromSeconds(-1), cancellationToken: cancellationToken);

    /// <summary>Reads a message back as <see cref="SendAsync"/> wrote it.</summary>
    public static CaseActionMessage Parse(BinaryData body) => StorageJson.Read<CaseActionMessage>(body.ToString());
}
