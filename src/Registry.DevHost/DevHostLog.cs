namespace Registry.DevHost;

/// <summary>Every log line of the dev host: identifiers only, never payloads (D9).</summary>
internal static partial class DevHostLog
{
    [LoggerMessage(1, LogLevel.Information, "Executing '{FunctionName}' (Reason='{Reason}', Id={InvocationId})")]
    public static partial void Executing(ILogger logger, string functionName, string reason, Guid invocationId);

    [LoggerMessage(2, LogLevel.Information, "Executed '{FunctionName}' (Succeeded, Id={InvocationId}, Duration={DurationMs:F0}ms)")]
    public static partial void Succeeded(ILogger logger, string functionName, Guid invocationId, double durationMs);

    [LoggerMessage(3, LogLevel.Error, "Executed '{FunctionName}' (Failed, Id={InvocationId}, Duration={DurationMs:F0}ms)")]
    public static partial void Failed(ILogger logger, Exception? exception, string functionName, Guid invocationId, double durationMs);

    [LoggerMessage(4, LogLevel.Warning, "Executed '{FunctionName}' (Cancelled, Id={InvocationId}, Duration={DurationMs:F0}ms)")]
    public static partial void Cancelled(ILogger logger, string functionName, Guid invocationId, double durationMs);

    [LoggerMessage(5, LogLevel.Error, "Executed '{FunctionName}' (Timed out after functionTimeout {Timeout}, Id={InvocationId})")]
    public static partial void TimedOut(ILogger logger, string functionName, Guid invocationId, TimeSpan timeout);

    [LoggerMessage(10, LogLevel.Information, "HTTP function {FunctionName}: [{Methods}] {RoutePattern}")]
    public static partial void HttpFunctionMapped(ILogger logger, string functionName, string methods, string routePattern);

    [LoggerMessage(11, LogLevel.Warning, "Function {FunctionName} has a {TriggerType}, which the dev host does not run")]
    public static partial void TriggerNotRun(ILogger logger, string functionName, string triggerType);

    [LoggerMessage(20, LogLevel.Information, "Queue function {FunctionName} listens on queue '{QueueName}' (batch {BatchSize}, max dequeue count {MaxDequeueCount})")]
    public static partial void QueueListening(ILogger logger, string functionName, string queueName, int batchSize, int maxDequeueCount);

    [LoggerMessage(21, LogLevel.Warning, "Message {MessageId} of queue '{QueueName}' failed on dequeue {DequeueCount}; it reappears after {VisibilityTimeout}")]
    public static partial void MessageReleased(ILogger logger, string messageId, string queueName, long dequeueCount, TimeSpan visibilityTimeout);

    [LoggerMessage(22, LogLevel.Error, "Message {MessageId} of queue '{QueueName}' moved to '{PoisonQueueName}' after {DequeueCount} dequeues")]
    public static partial void MessagePoisoned(ILogger logger, string messageId, string queueName, string poisonQueueName, long dequeueCount);

    [LoggerMessage(23, LogLevel.Warning, "Queue '{QueueName}' could not be polled; retrying after {Delay}")]
    public static partial void PollFailed(ILogger logger, Exception exception, string queueName, TimeSpan delay);

    [LoggerMessage(24, LogLevel.Warning, "Message {MessageId} of queue '{QueueName}' could not be completed; it reappears when its lease ends")]
    public static partial void CompleteFailed(ILogger logger, Exception exception, string messageId, string queueName);

    [LoggerMessage(30, LogLevel.Information, "Timer function {FunctionName} runs on '{Schedule}' (UTC); next at {Next:O}")]
    public static partial void TimerScheduled(ILogger logger, string functionName, string schedule, DateTimeOffset next);

    [LoggerMessage(40, LogLevel.Information, "Admin request queued a run of {FunctionName}")]
    public static partial void AdminRunQueued(ILogger logger, string functionName);

    [LoggerMessage(50, LogLevel.Information, "Worker started (pid {ProcessId}) from {Directory}")]
    public static partial void WorkerStarted(ILogger logger, int processId, string directory);

    [LoggerMessage(51, LogLevel.Information, "Worker ready (pid {ProcessId}): {FunctionCount} functions loaded in {DurationMs:F0}ms")]
    public static partial void WorkerReady(ILogger logger, int processId, int functionCount, double durationMs);

    [LoggerMessage(52, LogLevel.Error, "Worker (pid {ProcessId}) exited with code {ExitCode} while the host runs; starting another")]
    public static partial void WorkerExited(ILogger logger, int processId, int? exitCode);

    [LoggerMessage(53, LogLevel.Error, "A new worker did not get ready; trying again after {Delay}")]
    public static partial void WorkerRestartFailed(ILogger logger, Exception exception, TimeSpan delay);

    [LoggerMessage(54, LogLevel.Warning, "Worker (pid {ProcessId}) did not exit within {Grace} of WorkerTerminate; killed")]
    public static partial void WorkerKilled(ILogger logger, int processId, TimeSpan grace);

    [LoggerMessage(55, LogLevel.Trace, "Worker output: {Line}")]
    public static partial void WorkerOutput(ILogger logger, string line);

    [LoggerMessage(56, LogLevel.Warning, "Worker error output: {Line}")]
    public static partial void WorkerError(ILogger logger, string line);
}
