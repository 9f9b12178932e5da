using Registry.Cases;

namespace Registry.Execution;

/// <summary>What claiming a step found.</summary>
public abstract record StepClaim
{
    private StepClaim()
    {
    }

    /// <summary>This execution carries out the step; recording it is conditional on <paramref name="Version"/>.</summary>
    public sealed record Claimed(string EventId, string Version) : StepClaim;

    /// <summary>The step is on the timeline already (a delivery finished it since this one read the timeline).</summary>
    public sealed record Recorded(CaseEventKind Kind) : StepClaim;

    /// <summary>Another execution claimed the step at <paramref name="Since"/> and may still be carrying it out.</summary>
    public sealed record Held(DateTimeOffset Since) : StepClaim;
}
