using System.Diagnostics;

namespace Registry.DevHost.Tests.Support;

/// <summary>
/// Bounded waiting for something the host does in the background. The bound is generous and only
/// decides when a test gives up; no test asserts how long anything took.
/// </summary>
public static class Eventually
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    public static async Task<T> MatchesAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }

            if (waited.Elapsed > Bound)
            {
                throw new TimeoutException($"Gave up waiting for {what}.");
            }

            await Task.Delay(Interval);
        }
    }

    public static Task<T> MatchesAsync<T>(Func<T> probe, Func<T, bool> done, string what) =>
        MatchesAsync(() => Task.FromResult(probe()), done, what);
}
