using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Registry.Testing.Harness;

/// <summary>
/// Simulates a crash at one storage request: the request fails either before it reaches storage
/// (nothing happened) or after (it happened, but the caller never heard). Retries are off for the
/// failure, so the handler sees it as a real outage.
/// </summary>
public sealed class FaultInjector : HttpPipelinePolicy
{
    private int _seen;

    /// <summary>1-based index of the request to fail; 0 for none.</summary>
    public int FailAt { get; set; }

    /// <summary>When true the failing request is sent first, and only its answer is lost.</summary>
    public bool AfterSending { get; set; }

    public void Reset(int failAt, bool afterSending)
    {
        Interlocked.Exchange(ref _seen, 0);
        FailAt = failAt;
        AfterSending = afterSending;
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        ProcessAsync(message, pipeline).AsTask().GetAwaiter().GetResult();

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var fail = Interlocked.Increment(ref _seen) == FailAt;
        if (fail && !AfterSending)
        {
            throw new RequestFailedException(0, "Injected failure before sending.");
        }

        await ProcessNextAsync(message, pipeline);
        if (fail)
        {
            throw new RequestFailedException(0, "Injected failure after sending.");
        }
    }
}
