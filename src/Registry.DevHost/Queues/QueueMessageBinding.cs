using System.Text.Json;
using Azure.Storage.Queues.Models;
using Google.Protobuf;
using Registry.DevHost.Catalog;
using Registry.DevHost.Rpc;

namespace Registry.DevHost.Queues;

/// <summary>
/// A queue message as the Storage Queues extension hands it to an isolated worker: for a binding the worker marks
/// <c>supportsDeferredBinding</c> (a <c>QueueMessage</c> or <c>BinaryData</c> parameter), a <c>ModelBindingData</c>
/// envelope (source <c>AzureStorageQueues</c>) holding the message as JSON, which the worker's converter turns into
/// that type; for any other (<c>string</c>, a POCO), the message text, which the worker converts itself (a
/// <c>string</c> parameter given the envelope gets an empty string). The binding data goes as trigger metadata.
/// </summary>
public static class QueueMessageBinding
{
    public static void Bind(QueueMessage message, FunctionDefinition function, InvocationRequest request)
    {
        var text = message.Body.ToString();
        if (function.Trigger is QueueTriggerDefinition { DeferredBinding: false })
        {
            request.InputData.Add(new ParameterBinding { Name = function.TriggerParameter, Data = new TypedData { String = text } });
            Metadata(message, text, request);
            return;
        }

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
            Name = function.TriggerParameter,
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
        Metadata(message, text, request);
    }

    private static void Metadata(QueueMessage message, string text, InvocationRequest request)
    {
        request.TriggerMetadata["QueueTrigger"] = new TypedData { String = text };
        request.TriggerMetadata["Id"] = new TypedData { String = message.MessageId };
        request.TriggerMetadata["PopReceipt"] = new TypedData { String = message.PopReceipt ?? string.Empty };
        request.TriggerMetadata["DequeueCount"] = new TypedData { Json = JsonSerializer.Serialize(message.DequeueCount) };
        request.TriggerMetadata["InsertionTime"] = new TypedData { Json = JsonSerializer.Serialize(message.InsertedOn) };
        request.TriggerMetadata["ExpirationTime"] = new TypedData { Json = JsonSerializer.Serialize(message.ExpiresOn) };
        request.TriggerMetadata["NextVisibleTime"] = new TypedData { Json = JsonSerializer.Serialize(message.NextVisibleOn) };
    }
}
