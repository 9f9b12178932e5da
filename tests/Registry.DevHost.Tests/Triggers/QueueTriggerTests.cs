using System.Text.Json.Nodes;
using Registry.DevHost.Tests.Support;
using Registry.Testing.Azurite;

namespace Registry.DevHost.Tests.Triggers;

/// <summary>Queue triggers with the host.json queue settings, run in a real worker (tests/Registry.DevHost.TestWorker).</summary>
[Collection(AzuriteCollection.Name)]
public sealed class QueueTriggerTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Visibility = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task FailingMessage_AtMaxDequeueCount_MovesUnchangedToThePoisonQueue()
    {
        await using var host = await TestWorkerHost.StartAsync(azurite.ConnectionString, HostJson(maxDequeueCount: 3, visibility: TimeSpan.Zero));
        var queue = host.Queue("TestFailingQueue");
        await queue.CreateIfNotExistsAsync(); // the host's poller creates it too, in the background
        var text = $"poison me {Guid.NewGuid():N}";
        await queue.SendMessageAsync(text);

        var poison = new Azure.Storage.Queues.QueueClient(azurite.ConnectionString, queue.Name + "-poison", new() { MessageEncoding = Azure.Storage.Queues.QueueMessageEncoding.None });
        var moved = await Eventually.MatchesAsync(
            async () => await poison.ExistsAsync() ? (await poison.PeekMessagesAsync(32)).Value.Select(m => m.Body.ToString()).ToList() : [],
            found => found.Count > 0,
            "the message on the poison queue");

        Assert.Equal([text], moved);
        Assert.Equal(3, host.Runs("AlwaysFails"));
        Assert.Empty((await queue.PeekMessagesAsync(32)).Value);
        Assert.Contains(host.Logs.GetSnapshot(), r => r.Message.Contains($"moved to '{queue.Name}-poison' after 3 dequeues", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FailedMessage_ComesBackAfterTheVisibilityTimeout_AndIsDeletedOnceItSucceeds()
    {
        await using var host = await TestWorkerHost.StartAsync(azurite.ConnectionString, HostJson(maxDequeueCount: 5, visibility: Visibility));
        var queue = host.Queue("TestFlakyQueue");
        await queue.CreateIfNotExistsAsync();
        var text = $"retry me {Guid.NewGuid():N}";
        await queue.SendMessageAsync(text);

        var recorded = await Eventually.MatchesAsync(() => host.OutboxAsync("flaky"), found => found.Count > 0, "the second delivery");

        Assert.Equal([$"{text}|2"], recorded);
        var runs = host.Logs.GetSnapshot().Where(r => r.Message.StartsWith("Executing 'FailsOnce'", StringComparison.Ordinal)).Select(r => r.Timestamp).ToList();
        Assert.Equal(2, runs.Count);
        Assert.True(runs[1] - runs[0] >= Visibility - TimeSpan.FromMilliseconds(100), $"redelivered after {runs[1] - runs[0]}, before the visibility timeout");
        await Eventually.MatchesAsync(async () => (await queue.PeekMessagesAsync(1)).Value.Length, count => count == 0, "the message deleted");
    }

    private static JsonObject HostJson(int maxDequeueCount, TimeSpan visibility) => new()
    {
        ["version"] = "2.0",
        ["extensions"] = new JsonObject
        {
            ["queues"] = new JsonObject
            {
                ["maxDequeueCount"] = maxDequeueCount,
                ["visibilityTimeout"] = visibility.ToString("c"),
                ["maxPollingInterval"] = "00:00:00.500",
                ["messageEncoding"] = "none",
            },
        },
    };
}
