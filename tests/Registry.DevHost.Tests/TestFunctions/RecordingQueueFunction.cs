using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Registry.DevHost.Tests.Support;

namespace Registry.DevHost.Tests.TestFunctions;

/// <summary>Records each message it gets, as a <see cref="QueueMessage"/>.</summary>
public sealed class RecordingQueueFunction(InvocationRecorder recorder)
{
    public const string QueueSetting = "DevHostTests:RecordingQueue";

    [Function("RecordQueue")]
    public Task RunAsync([QueueTrigger($"%{QueueSetting}%", Connection = "TestStorage")] QueueMessage message, CancellationToken cancellationToken)
    {
        recorder.Record(new ReceivedMessage(message.MessageId, message.DequeueCount, message.Body.ToString()));
        return Task.CompletedTask;
    }
}

public sealed record ReceivedMessage(string MessageId, long DequeueCount, string Content);
