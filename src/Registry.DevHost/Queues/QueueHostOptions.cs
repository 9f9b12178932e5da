using Azure.Storage.Queues;

namespace Registry.DevHost.Queues;

/// <summary>
/// <c>extensions.queues</c> of host.json, with the Storage Queues extension's defaults when a value
/// is absent.
/// </summary>
public sealed class QueueHostOptions
{
    public const string Section = "AzureFunctionsJobHost:extensions:queues";

    /// <summary>How long the host holds a message it is running; it renews, we do not (see docs/dev-host.md).</summary>
    public static readonly TimeSpan ProcessingLease = TimeSpan.FromMinutes(10);

    /// <summary>The host's shortest polling interval, where its back-off starts.</summary>
    public static readonly TimeSpan MinimumPollingInterval = TimeSpan.FromMilliseconds(100);

    public int BatchSize { get; set; } = 16;

    /// <summary>Absent: the extension's default, processor count × batch size / 2.</summary>
    public int? NewBatchThreshold { get; set; }

    public int MaxDequeueCount { get; set; } = 5;

    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.Zero;

    public TimeSpan MaxPollingInterval { get; set; } = TimeSpan.FromMinutes(1);

    public QueueMessageEncoding MessageEncoding { get; set; } = QueueMessageEncoding.Base64;

    public int EffectiveNewBatchThreshold => NewBatchThreshold ?? Environment.ProcessorCount * BatchSize / 2;

    public bool IsValid =>
        BatchSize is >= 1 and <= 32
        && EffectiveNewBatchThreshold >= 0
        && MaxDequeueCount >= 1
        && VisibilityTimeout >= TimeSpan.Zero
        && MaxPollingInterval >= MinimumPollingInterval;
}
