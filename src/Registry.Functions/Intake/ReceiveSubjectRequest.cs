using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Registry.Infrastructure.Storage;
using Registry.Intake;

namespace Registry.Functions.Intake;

/// <summary>
/// The privacy mailbox's messages (contract v1, docs/intake.md). A failure throws, so the host retries and,
/// after maxDequeueCount, moves the message to <c>subject-requests-poison</c> for <see cref="WatchSubjectRequestPoison"/>.
/// </summary>
public sealed class ReceiveSubjectRequest(SubjectRequestIntake intake)
{
    [Function(nameof(ReceiveSubjectRequest))]
    public Task Run(
        [QueueTrigger($"%{StorageNames.SubjectRequestsQueueSetting}%", Connection = StorageNames.Connection)] QueueMessage message,
        CancellationToken cancellationToken) =>
        intake.HandleAsync(Queued.From("subject-requests", message), cancellationToken);
}
