using System.Text.Json;
using Azure.Storage.Queues.Models;

namespace Registry.DevHost.Queues;

/// <summary>Binds a queue message to the trigger parameter's type, as the Storage Queues extension does.</summary>
public static class QueueTriggerBinder
{
    public static object? Bind(QueueMessage message, Type parameterType) => parameterType switch
    {
        _ when parameterType == typeof(QueueMessage) => message,
        _ when parameterType == typeof(string) => message.Body.ToString(),
        _ when parameterType == typeof(BinaryData) => message.Body,
        _ when parameterType == typeof(byte[]) => message.Body.ToArray(),
        _ when parameterType == typeof(ReadOnlyMemory<byte>) => message.Body.ToMemory(),
        _ => JsonSerializer.Deserialize(message.Body.ToMemory().Span, parameterType, JsonSerializerOptions.Web),
    };
}
