using Microsoft.Azure.Functions.Worker;
using Registry.DevHost.Tests.Support;

namespace Registry.DevHost.Tests.TestFunctions;

/// <summary>A queue function whose payload is a record deserialised from JSON.</summary>
public sealed class RecordPayloadFunction(InvocationRecorder recorder)
{
    public const string QueueSetting = "DevHostTests:RecordPayloadQueue";

    [Function("RecordPayload")]
    public void Run([QueueTrigger($"%{QueueSetting}%", Connection = "TestStorage")] SubjectRequestMessage message) =>
        recorder.Record(message);
}

/// <summary>Raw bytes, and no Connection: the host falls back to AzureWebJobsStorage.</summary>
public sealed class BytesPayloadFunction(InvocationRecorder recorder)
{
    public const string QueueSetting = "DevHostTests:BytesPayloadQueue";

    [Function("BytesPayload")]
    public void Run([QueueTrigger($"%{QueueSetting}%")] byte[] body) =>
        recorder.Record(new ReceivedBytes(body));
}

public sealed record SubjectRequestMessage(string MessageId, string Channel, int AttachmentCount);

public sealed record ReceivedBytes(byte[] Body);
