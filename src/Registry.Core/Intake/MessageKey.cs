using System.Security.Cryptography;
using System.Text;

namespace Registry.Intake;

/// <summary>
/// Opaque keys for deduplication. A mailbox message id can contain an e-mail address
/// (<c>&lt;abc@example.fi&gt;</c>), so it is hashed before it becomes part of a table key.
/// </summary>
public static class MessageKey
{
    public static string ForMessageId(string messageId) => $"msg|{Hash(messageId)}";

    /// <summary>For a message that has no usable id: the storage queue's own id of the message.</summary>
    public static string ForQueueMessage(string queue, string queueMessageId) => $"queue|{Hash($"{queue}|{queueMessageId}")}";

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..40];
}
