using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Registry.DevHost.Catalog;
using Registry.DevHost.Invocation;

namespace Registry.DevHost.Queues;

/// <summary>
/// Polls one queue for one function with the Storage Queues extension's semantics: receive up to
/// <c>batchSize</c>, fetch again once in-flight messages drop to <c>newBatchThreshold</c>, back off
/// exponentially to <c>maxPollingInterval</c> while empty; delete on success; on failure release the
/// message for <c>visibilityTimeout</c>, or copy it to <c>{queue}-poison</c> once its dequeue count
/// has reached <c>maxDequeueCount</c>.
/// </summary>
public sealed class QueuePoller(
    FunctionDefinition function,
    QueueClient queue,
    QueueClient poisonQueue,
    QueueHostOptions options,
    FunctionInvoker invoker,
    TimeProvider time,
    ILogger<QueuePoller> logger)
{
    // Releasing a message when the host stops must outlive the stopping token, briefly.
    private static readonly TimeSpan ReleaseOnStopTimeout = TimeSpan.FromSeconds(5);

    public string QueueName => queue.Name;

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
                    running.AddRange(received.Select(message => Task.Run(() => ProcessAsync(message, cancellationToken), CancellationToken.None)));
                    continue;
                }

                await Task.Delay(delay, time, cancellationToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, options.MaxPollingInterval.Ticks));
            }
        }
        finally
        {
            // Let in-flight invocations finish (their token is cancelled) before the host stops.
            await Task.WhenAll(running);
        }
    }

    private static async Task ObserveCompletedAsync(List<Task> running)
    {
        foreach (var done in running.Where(task => task.IsCompleted).ToList())
        {
            running.Remove(done);
            await done; // rethrows a bug in the poller itself instead of losing it
        }
    }

    private async Task<QueueMessage[]?> ReceiveAsync(CancellationToken cancellationToken)
    {
        try
        {
            return (await queue.ReceiveMessagesAsync(options.BatchSize, QueueHostOptions.ProcessingLease, cancellationToken)).Value;
        }
        catch (RequestFailedException failure)
        {
            DevHostLog.PollFailed(logger, failure, queue.Name, options.MaxPollingInterval);
            await Task.Delay(options.MaxPollingInterval, time, cancellationToken);
            return null;
        }
    }

    private async Task ProcessAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        try
        {
            // A message that outlived its retries (e.g. the host died mid-run) is not run again.
            if (message.DequeueCount > options.MaxDequeueCount)
            {
                await MoveToPoisonAsync(message, cancellationToken);
                return;
            }

            if (await TryInvokeAsync(message, cancellationToken))
            {
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
            }
            else if (message.DequeueCount >= options.MaxDequeueCount)
            {
                await MoveToPoisonAsync(message, cancellationToken);
            }
            else
            {
                await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: options.VisibilityTimeout, cancellationToken: cancellationToken);
                DevHostLog.MessageReleased(logger, message.MessageId, queue.Name, message.DequeueCount, options.VisibilityTimeout);
            }
        }
        catch (RequestFailedException failure)
        {
            DevHostLog.CompleteFailed(logger, failure, message.MessageId, queue.Name);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await ReleaseOnStopAsync(message);
        }
    }

    private async Task<bool> TryInvokeAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        var request = new InvocationRequest($"New queue message detected on '{queue.Name}'", _ => QueueTriggerBinder.Bind(message, function.TriggerParameter.ParameterType));
        try
        {
            await invoker.InvokeAsync(function, request, cancellationToken);
            return true;
        }
        catch (FunctionInvocationException)
        {
            return false; // logged by the invoker; the message's fate is decided by the caller
        }
    }

    private async Task MoveToPoisonAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        await poisonQueue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await poisonQueue.SendMessageAsync(message.Body, cancellationToken: cancellationToken);
        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
        DevHostLog.MessagePoisoned(logger, message.MessageId, queue.Name, poisonQueue.Name, message.DequeueCount);
    }

    private async Task ReleaseOnStopAsync(QueueMessage message)
    {
        using var timeout = new CancellationTokenSource(ReleaseOnStopTimeout);
        try
        {
            await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: TimeSpan.Zero, cancellationToken: timeout.Token);
        }
        catch (RequestFailedException failure)
        {
            DevHostLog.CompleteFailed(logger, failure, message.MessageId, queue.Name);
        }
    }
}
