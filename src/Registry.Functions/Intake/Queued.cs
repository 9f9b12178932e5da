using Azure.Storage.Queues.Models;
using Registry.Intake;

namespace Registry.Functions.Intake;

/// <summary>The transport-neutral view of a storage queue message (D2: a Service Bus adapter would map its own).</summary>
internal static class Queued
{
    // The logical queue name, not the configured one: blob names and dedupe keys stay stable across environments.
    public static QueuedMessage From(string logicalQueue, QueueMessage message) =>
        new(logicalQueue, message.MessageId, message.InsertedOn ?? DateTimeOffset.UnixEpoch, message.Body.ToMemory());
}
