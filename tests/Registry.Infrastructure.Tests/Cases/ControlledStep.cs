using Registry.Cases;
using Registry.Execution;

namespace Registry.Infrastructure.Tests.Cases;

/// <summary>
/// A real step wrapped so a test can hold its first run before it acts (until <see cref="Open"/>), or fail its first run
/// after it acted and before the executor recorded it, and count how often the executor ran it.
/// </summary>
internal sealed class ControlledStep(ICaseActionStep inner) : ICaseActionStep
{
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _runs;

    public bool HoldFirstRun { get; set; }

    public bool FailFirstRunAfterActing { get; set; }

    public int Runs => Volatile.Read(ref _runs);

    /// <summary>Completes when the first run is inside the step, held.</summary>
    public Task Entered => _entered.Task;

    public RequestType Type => inner.Type;

    public void Open() => _gate.TrySetResult();

    public async Task<StepResult> RunAsync(StepContext context, CancellationToken cancellationToken = default)
    {
        var run = Interlocked.Increment(ref _runs);
        if (run == 1 && HoldFirstRun)
        {
            _entered.TrySetResult();
            await _gate.Task.WaitAsync(cancellationToken);
        }

        var result = await inner.RunAsync(context, cancellationToken);
        if (run == 1 && FailFirstRunAfterActing)
        {
            throw new IOException("The worker stopped after the step acted, before the executor recorded it.");
        }

        return result;
    }
}
