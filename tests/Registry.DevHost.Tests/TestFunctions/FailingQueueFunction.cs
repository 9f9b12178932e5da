using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Registry.DevHost.Tests.Support;

namespace Registry.DevHost.Tests.TestFunctions;

/// <summary>Records each attempt, then fails it.</summary>
public sealed class FailingQueueFunction(InvocationRecorder recorder)
{
    public const string QueueSetting = "DevHostTests:FailingQueue";

    [Function("FailQueue")]
    public void Run([QueueTrigger($"%{QueueSetting}%", Connection = "TestStorage")] QueueMessage message)
    {
        recorder.Record(new FailedAttempt(message.MessageId, message.DequeueCount));
        throw new InvalidOperationException("This function always fails.");
    }
}

public sealed record FailedAttempt(string MessageId, long DequeueCount);
