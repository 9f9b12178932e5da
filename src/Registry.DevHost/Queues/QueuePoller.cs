using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Registry.DevHost.Catalog;

namespace Registry.DevHost.Queues;

/// <summary>
/// Polls one queue for one function as the Storage Queues extension's listener does: receive up to
/// <c>batchSize</c>, poll again once in-flight messages drop to <c>newBatchThreshold</c>, and back
/// off exponentially up to <c>maxPollingInterval</c> while the queue is empty.
/// </summary>
public sealed class QueuePoller(
    FunctionDefinition function,
    QueueClient queue,
    QueueHostOptions options,
    QueueMessageHandler handler,
    TimeProvider time,
    ILogger<QueuePoller> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        DevHostLog.QueueListening(logger, function.Name, queue.Name, options.BatchSize, options.MaxDequeueCount);
        var running = new List<Task>();
        var delay = QueueHostOptions.MinimumPollingInterval;
        try
        {
            while (true)
            {
                await ObserveCompletedAsync(running);
                if (running.Count > options.EffectiveNewBatchThreshold)
                {
                    await Task.WhenAny(running).WaitAsync(cancellationToken);
                    continue;
                }

                var received = await ReceiveAsync(cancellationToken);
                if (received is { Length: > 0 })
                {
                    delay = QueueHostOptions.MinimumPollingInterval;
                    running.AddRange(received.Select(message => Task.Run(() => handler.HandleAsync(message, cancellationToken), CancellationToken.None)));
                    continue;
                }

                await Task.Delay(delay, time, cancellationToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, options.MaxPollingInterval.Ticks));
            }
        }
        finally
        {
            // In-flight runs see the cancelled token; the host stops once they have ended.
            await Task.WhenAll(running);
        }
    }

    private static async Task ObserveCompletedAsync(List<Task> running)
    {
        foreach (var done in running.Where(task => task.IsCompleted).ToList())
        {
            running.Remove(done);
            await done; // rethrows a bug in the handler instead of losing it
        }
    }

    private async Task<QueueMessage[]?> ReceiveAsync(CancellationToken cancellationToken)
    {
        try
        {
            return (await queue.ReceiveMessagesAsync(options.BatchSize, QueueHostOptions.ProcessingLease, cancellationToken)).Value;
        }
        catch (Exception failure) when (IsStorageFailure(failure) && !cancellationToken.IsCancellationRequested)
        {
            // Storage down (Azurite stopped first on Ctrl-C, or not started): the SDK's retries end in an
            // AggregateException of RequestFailedExceptions. The listener keeps polling, as the extension does.
            DevHostLog.PollFailed(logger, failure, queue.Name, options.MaxPollingInterval);
            await Task.Delay(options.MaxPollingInterval, time, cancellationToken);
            return null;
        }
    }

    private static bool IsStorageFailure(Exception failure) =>
        failure is RequestFailedException
        || (failure is AggregateException aggregate && aggregate.InnerExceptions.All(inner => inner is RequestFailedException));
}
