using System.Collections.Concurrent;

namespace Registry.DevHost.Tests.Support;

/// <summary>What the test functions saw, in the order they saw it.</summary>
public sealed class InvocationRecorder
{
    private readonly ConcurrentQueue<object> _calls = new();

    public void Record(object call) => _calls.Enqueue(call);

    public IReadOnlyList<T> Calls<T>() => _calls.OfType<T>().ToList();

    public Task<IReadOnlyList<T>> WaitForAsync<T>(int count) =>
        Eventually.MatchesAsync(Calls<T>, calls => calls.Count >= count, $"{count} call(s) recorded as {typeof(T).Name}");
}
