using System.Diagnostics;
using System.Text.Json.Nodes;
using Azure.Storage.Queues;
using MimeKit;

namespace Registry.Functions.Tests.Support;

/// <summary>
/// Reads what the app delivered to its local letter sink (one .eml per letter id), across the process boundary:
/// files and the outbound-mail queue only. Each letter as {letterId, kind, to, subject, body, messageId}.
/// </summary>
public static class LetterSink
{
    /// <summary>Waits until <paramref name="queue"/> is drained (every reference taken by the sender), then reads the sink.</summary>
    public static async Task<List<JsonObject>> DeliveredAsync(string folder, QueueClient queue, TimeSpan? timeout = null)
    {
        var waited = Stopwatch.StartNew();
        while ((await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount > 0)
        {
            Assert.True(waited.Elapsed < (timeout ?? TimeSpan.FromSeconds(40)), "outbound-mail was not drained: letters are not being sent.");
            await Task.Delay(200);
        }

        return Read(folder);
    }

    /// <summary>Waits until a letter with the id is in the sink.</summary>
    public static async Task<JsonObject> WaitForAsync(string folder, string letterId, TimeSpan? timeout = null)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            if (Read(folder).Find(l => l["letterId"]!.GetValue<string>() == letterId) is { } letter)
            {
                return letter;
            }

            Assert.True(waited.Elapsed < (timeout ?? TimeSpan.FromSeconds(40)), $"Letter {letterId} was not delivered.");
            await Task.Delay(200);
        }
    }

    public static List<JsonObject> Read(string folder) =>
        !Directory.Exists(folder) ? [] : Directory.GetFiles(folder, "*.eml").Order(StringComparer.Ordinal).Select(Parse).ToList();

    private static JsonObject Parse(string file)
    {
        using var message = MimeMessage.Load(file);
        return new JsonObject
        {
            ["letterId"] = message.Headers["X-Registry-Letter-Id"],
            ["kind"] = message.Headers["X-Registry-Letter-Kind"],
            ["to"] = message.To.Mailboxes.Single().Address,
            ["subject"] = message.Subject,
            ["body"] = message.TextBody,
            ["messageId"] = message.MessageId,
        };
    }
}
