using Microsoft.Azure.Functions.Worker;
using Registry.DevHost.Tests.Support;

namespace Registry.DevHost.Tests.TestFunctions;

/// <summary>Waits at the gate, so a test can see how many messages run at once.</summary>
public sealed class BlockingQueueFunction(BlockingGate gate, InvocationRecorder recorder)
{
    public const string QueueSetting = "DevHostTests:BlockingQueue";

    [Function("BlockQueue")]
    public async Task RunAsync([QueueTrigger($"%{QueueSetting}%", Connection = "TestStorage")] string body, CancellationToken cancellationToken)
    {
        await gate.PassAsync(cancellationToken);
        recorder.Record(new PassedGate(body));
    }
}

public sealed record PassedGate(string Body);
