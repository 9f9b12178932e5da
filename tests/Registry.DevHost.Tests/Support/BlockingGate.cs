namespace Registry.DevHost.Tests.Support;

/// <summary>Holds functions until the test opens it, counting how many wait at once.</summary>
public sealed class BlockingGate
{
    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _inside;
    private int _mostInside;

    public int Inside => Volatile.Read(ref _inside);

    public int MostInside => Volatile.Read(ref _mostInside);

    public void Open() => _open.TrySetResult();

    public async Task PassAsync(CancellationToken cancellationToken)
    {
        var inside = Interlocked.Increment(ref _inside);
        int most;
        while (inside > (most = Volatile.Read(ref _mostInside)) && Interlocked.CompareExchange(ref _mostInside, inside, most) != most)
        {
        }

        try
        {
            await _open.Task.WaitAsync(cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _inside);
        }
    }
}
