using Azure.Core;
using Azure.Core.Pipeline;

namespace Registry.Testing.Harness;

/// <summary>Counts the HTTP requests the Azure SDK sends, retries included.</summary>
public sealed class RequestCounter : HttpPipelineSynchronousPolicy
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref _count);
}
