using System.Text;
using Azure.Storage.Queues;
using Registry.DevHost.Tests.Support;
using Registry.DevHost.Tests.TestFunctions;
using Registry.Testing.Azurite;

namespace Registry.DevHost.Tests.Queues;

[Collection(AzuriteCollection.Name)]
public sealed class QueueFunctionListenerTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Start_QueueMissing_CreatesIt()
    {
        var queue = Queue(UniqueNames.Queue("created"));
        await using var host = await StartAsync<RecordingQueueFunction>(RecordingQueueFunction.QueueSetting, queue.Name);

        await Eventually.MatchesAsync(async () => (await queue.ExistsAsync()).Value, exists => exists, "the queue to exist");
    }

    [Fact]
    public async Task Message_Processed_IsDeletedAndNotPoisoned()
    {
        var queue = await CreateQueueAsync("processed");
        await using var host = await StartAsync<RecordingQueueFunction>(RecordingQueueFunction.QueueSetting, queue.Name);

        var sent = await queue.SendMessageAsync("""{"messageId":"m-1"}""");
        var received = Assert.Single(await host.Recorder.WaitForAsync<ReceivedMessage>(1));

        Assert.Equal(new ReceivedMessage(sent.Value.MessageId, 1, """{"messageId":"m-1"}"""), received);
        await Eventually.MatchesAsync(async () => (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount, count => count == 0, "the message to be deleted");
        Assert.False((await Queue($"{queue.Name}-poison").ExistsAsync()).Value);
    }

    [Fact]
    public async Task Message_FailingEveryTime_IsRetriedThenMovedToPoisonIntact()
    {
        // maxDequeueCount 3 and visibilityTimeout 1 s in the test host.json.
        const string Content = """{"messageId":"m-2","from":"Äiti Öörni <aiti@example.fi>","body":"line1\nline2 ✓"}""";
        var queue = await CreateQueueAsync("failing");
        var poison = Queue($"{queue.Name}-poison");
        await using var host = await StartAsync<FailingQueueFunction>(FailingQueueFunction.QueueSetting, queue.Name);

        var sent = await queue.SendMessageAsync(Content);
        var poisoned = await Eventually.MatchesAsync(
            async () => (await poison.ExistsAsync()).Value ? (await poison.PeekMessagesAsync(maxMessages: 10)).Value : [],
            messages => messages.Length > 0,
            "the message to reach the poison queue");

        Assert.Equal(Content, Assert.Single(poisoned).MessageText);
        var attempts = host.Recorder.Calls<FailedAttempt>();
        Assert.All(attempts, attempt => Assert.Equal(sent.Value.MessageId, attempt.MessageId));
        Assert.Equal([1L, 2L, 3L], attempts.Select(attempt => attempt.DequeueCount));
        Assert.Equal(0, (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount);
        Assert.Contains(host.Logs.GetSnapshot(), log => log.Message.Contains($"moved to '{poison.Name}' after 3 dequeues", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Messages_BeyondBatchSize_WaitUntilTheBatchDrainsToTheThreshold()
    {
        var hostJson = TestDevHost.DefaultHostJson
            .Replace("\"batchSize\": 4", "\"batchSize\": 2", StringComparison.Ordinal)
            .Replace("\"newBatchThreshold\": 2", "\"newBatchThreshold\": 0", StringComparison.Ordinal);
        var queue = await CreateQueueAsync("batch");
        for (var i = 0; i < 5; i++)
        {
            await queue.SendMessageAsync($"message {i}");
        }

        await using var host = await StartAsync<BlockingQueueFunction>(BlockingQueueFunction.QueueSetting, queue.Name, hostJson);
        var gate = host.App.Services.GetService(typeof(BlockingGate)) as BlockingGate;
        await Eventually.MatchesAsync(() => gate!.Inside, inside => inside == 2, "a full batch at the gate");

        // The listener only fetches again once in-flight messages drop to newBatchThreshold (0).
        var visible = (await queue.PeekMessagesAsync(maxMessages: 10)).Value;
        gate!.Open();
        await host.Recorder.WaitForAsync<PassedGate>(5);

        Assert.Equal(3, visible.Length);
        Assert.Equal(2, gate.MostInside);
    }

    [Fact]
    public async Task Message_WithJson_BindsToARecord()
    {
        var queue = await CreateQueueAsync("record");
        await using var host = await StartAsync<RecordPayloadFunction>(RecordPayloadFunction.QueueSetting, queue.Name);

        await queue.SendMessageAsync("""{"messageId":"m-3","channel":"email","attachmentCount":2,"unknown":true}""");

        Assert.Equal(new SubjectRequestMessage("m-3", "email", 2), Assert.Single(await host.Recorder.WaitForAsync<SubjectRequestMessage>(1)));
    }

    [Fact]
    public async Task Message_ForTriggerWithoutConnection_IsReadFromAzureWebJobsStorageAsBytes()
    {
        var queue = await CreateQueueAsync("bytes");
        await using var host = await StartAsync<BytesPayloadFunction>(BytesPayloadFunction.QueueSetting, queue.Name);

        await queue.SendMessageAsync("raw ✓");

        Assert.Equal("raw ✓", Encoding.UTF8.GetString(Assert.Single(await host.Recorder.WaitForAsync<ReceivedBytes>(1)).Body));
    }

    [Fact]
    public async Task Message_WithBase64Encoding_IsDecodedBeforeBinding()
    {
        var hostJson = TestDevHost.DefaultHostJson.Replace("\"messageEncoding\": \"none\"", "\"messageEncoding\": \"base64\"", StringComparison.Ordinal);
        var queue = await CreateQueueAsync("base64");
        await using var host = await StartAsync<RecordingQueueFunction>(RecordingQueueFunction.QueueSetting, queue.Name, hostJson);
        var producer = new QueueClient(azurite.ConnectionString, queue.Name, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });

        await producer.SendMessageAsync("encoded ✓");

        Assert.Equal("encoded ✓", Assert.Single(await host.Recorder.WaitForAsync<ReceivedMessage>(1)).Content);
    }

    [Fact]
    public async Task Invocation_IsLoggedWithIdentifiersButNotContent()
    {
        const string Canary = "canary-maija.meikalainen@example.fi";
        var queue = await CreateQueueAsync("logged");
        await using var host = await StartAsync<RecordingQueueFunction>(RecordingQueueFunction.QueueSetting, queue.Name);

        await queue.SendMessageAsync(Canary);
        await host.Recorder.WaitForAsync<ReceivedMessage>(1);
        var logs = await Eventually.MatchesAsync(
            () => host.Logs.GetSnapshot(),
            snapshot => snapshot.Any(log => log.Message.StartsWith("Executed 'RecordQueue' (Succeeded, Id=", StringComparison.Ordinal)),
            "the invocation's log line");

        Assert.DoesNotContain(logs, log => log.Message.Contains(Canary, StringComparison.Ordinal)
            || (log.StructuredState ?? []).Any(pair => pair.Value?.Contains(Canary, StringComparison.Ordinal) == true));
    }

    private async Task<TestDevHost> StartAsync<TFunction>(string queueSetting, string queueName, string hostJson = TestDevHost.DefaultHostJson) =>
        await TestDevHost.StartAsync(
            [typeof(TFunction)],
            new Dictionary<string, string>
            {
                ["TestStorage"] = azurite.ConnectionString,
                ["AzureWebJobsStorage"] = azurite.ConnectionString,
                [queueSetting.Replace(":", "__", StringComparison.Ordinal)] = queueName,
            },
            hostJson: hostJson);

    private QueueClient Queue(string name) =>
        new(azurite.ConnectionString, name, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None });

    private async Task<QueueClient> CreateQueueAsync(string prefix)
    {
        var queue = Queue(UniqueNames.Queue(prefix));
        await queue.CreateIfNotExistsAsync();
        return queue;
    }
}
