namespace Registry.Testing.Harness;

/// <summary>
/// A clock whose "now" the test sets, while delays and timers still run in real time: integration tests
/// need a fixed calendar, yet a handler's retry back-off must actually elapse.
/// </summary>
public sealed class SettableClock(DateTimeOffset now) : TimeProvider
{
    private long _ticks = now.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Set(DateTimeOffset now) => Interlocked.Exchange(ref _ticks, now.UtcTicks);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}
