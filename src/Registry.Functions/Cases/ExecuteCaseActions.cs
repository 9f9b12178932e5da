using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Registry.Execution;
using Registry.Infrastructure.Storage;
using Registry.Infrastructure.Cases;

namespace Registry.Functions.Cases;

/// <summary>
/// Carries out what the privacy officer decided (<c>case-actions</c>, written by <c>DecideCase</c>). A failure throws,
/// so the host retries; the executor skips what an earlier delivery already did, and throws while an overlapping
/// delivery of the same decision is carrying out a step.
/// </summary>
public sealed class ExecuteCaseActions(CaseActionExecutor executor)
{
    [Function(nameof(ExecuteCaseActions))]
    public Task Run(
        [QueueTrigger($"%{StorageNames.CaseActionsQueueSetting}%", Connection = StorageNames.Connection)] QueueMessage message,
        CancellationToken cancellationToken) =>
        executor.ExecuteAsync(QueueCaseActions.Parse(message.Body), cancellationToken);
}
