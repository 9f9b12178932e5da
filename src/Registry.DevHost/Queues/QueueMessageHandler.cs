using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Registry.DevHost.Catalog;
using Registry.DevHost.Invocation;

namespace Registry.DevHost.Queues;

/// <summary>
/// Runs one received message and settles it as the Storage Queues extension's QueueProcessor does:
/// delete on success; on failure release it for <c>visibilityTimeout</c>, or, once its dequeue count
/// has reached <c>maxDequeueCount</c>, copy its content unchanged to <c>{queue}-poison</c> and delete it.
/// </summary>
public sealed class QueueMessageHandler(
    FunctionDefinition function,
    QueueClient queue,
    QueueClient poisonQueue,
    QueueHostOptions options,
    FunctionInvoker invoker,
    ILogger<QueueMessageHandler> logger)
{
    // Releasing a message when the host stops must outlive the stopping token, briefly.
    private static readonly TimeSpan ReleaseOnStopTimeout = TimeSpan.FromSeconds(5);

    public async Task HandleAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        try
        {
            // A message that outlived its retries (e.g. a host died mid-run) is not run again.
            if (message.DequeueCount > options.MaxDequeueCount)
            {
                await MoveToPoisonAsync(message, cancellationToken);
            }
            else if (await TryInvokeAsync(message, cancellationToken))
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
        try
        {
            await invoker.InvokeAsync(
                function.Name,
                $"New queue message detected on '{queue.Name}'",
                (definition, request) => QueueMessageBinding.Bind(message, definition, request),
                alongside: null,
                cancellationToken);
            return true;
        }
        catch (FunctionInvocationException)
        {
            return false; // logged by the invoker (a failure, a crashed worker, a timeout); HandleAsync decides the message's fate
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
