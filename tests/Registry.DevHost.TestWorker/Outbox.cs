using Azure.Storage.Queues;

namespace Registry.DevHost.TestWorker;

/// <summary>
/// What a function got, written to the queue <c>{TestOutbox}-{kind}</c> on <c>AzureWebJobsStorage</c>, where the
/// test reads it: the worker is another process, so a queue is how it reports.
/// </summary>
internal static class Outbox
{
    public static async Task WriteAsync(string kind, string text, CancellationToken cancellationToken)
    {
        var queue = new QueueClient(
            Environment.GetEnvironmentVariable("AzureWebJobsStorage"),
            $"{Environment.GetEnvironmentVariable("TestOutbox")}-{kind}",
            new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None });
        await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await queue.SendMessageAsync(text, cancellationToken);
    }
}
