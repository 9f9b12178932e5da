using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Registry.Infrastructure.Storage;
using Registry.Intake;

namespace Registry.Functions.Intake;

/// <summary>Turns every message that failed all retries into a triage case pointing to its content, so none is dropped.</summary>
public sealed class WatchSubjectRequestPoison(SubjectRequestIntake intake)
{
    [Function(nameof(WatchSubjectRequestPoison))]
    public Task Run(
        [QueueTrigger($"%{StorageNames.SubjectRequestsQueueSetting}%-poison", Connection = StorageNames.Connection)] QueueMessage message,
        CancellationToken cancellationToken) =>
        intake.HandlePoisonAsync(Queued.From("subject-requests-poison", message), cancellationToken);
}
