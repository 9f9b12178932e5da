using System.Text.Json;
using Azure.Storage.Queues.Models;
using Google.Protobuf;
using Registry.DevHost.Rpc;

namespace Registry.DevHost.Queues;

/// <summary>
/// A queue message as the Storage Queues extension hands it to an isolated worker: a <c>ModelBindingData</c>
/// envelope (source <c>AzureStorageQueues</c>) holding the message as JSON, which the worker's converter turns
/// into <c>QueueMessage</c>, <c>string</c>, <c>BinaryData</c> or a POCO; and the binding data as trigger metadata.
/// </summary>
public static class QueueMessageBinding
{
    public static void Bind(QueueMessage message, string triggerParameter, InvocationRequest request)
    {
        var text = message.Body.ToString();
        var content = JsonSerializer.SerializeToUtf8Bytes(new
        {
            message.MessageId,
            message.PopReceipt,
            MessageText = text,
            message.DequeueCount,
            message.NextVisibleOn,
            message.InsertedOn,
            message.ExpiresOn,
        });
        request.InputData.Add(new ParameterBinding
        {
            Name = triggerParameter,
            Data = new TypedData
            {
                ModelBindingData = new ModelBindingData
                {
                    Version = "1.0",
                    Source = "AzureStorageQueues",
                    ContentType = "application/json",
                    Content = ByteString.CopyFrom(content),
                },
            },
        });
        request.TriggerMetadata["QueueTrigger"] = new TypedData { String = text };
        request.TriggerMetadata["Id"] = new TypedData { String = message.MessageId };
        request.TriggerMetadata["PopReceipt"] = new TypedData { String = message.PopReceipt ?? string.Empty };
        request.TriggerMetadata["DequeueCount"] = new TypedData { Json = JsonSerializer.Serialize(message.DequeueCount) };
        request.TriggerMetadata["InsertionTime"] = new TypedData { Json = JsonSerializer.Serialize(message.InsertedOn) };
        request.TriggerMetadata["ExpirationTime"] = new TypedData { Json = JsonSerializer.Serialize(message.ExpiresOn) };
        request.TriggerMetadata["NextVisibleTime"] = new TypedData { Json = JsonSerializer.Serialize(message.NextVisibleOn) };
    }
}
