using Registry.Cases;

namespace Registry.Intake;

/// <summary>What intake did with one queue message; the same for its first delivery and every redelivery.</summary>
public abstract record IntakeOutcome(CaseReference Reference)
{
    public sealed record Opened(CaseReference Reference, bool Triage) : IntakeOutcome(Reference);

    public sealed record ReplyAttached(CaseReference Reference) : IntakeOutcome(Reference);

    /// <summary>A bounce of one of the case's letters, recorded on the case (<see cref="Bounces"/>).</summary>
    public sealed record BounceAttached(CaseReference Reference) : IntakeOutcome(Reference);

    public sealed record Invalid(CaseReference Reference) : IntakeOutcome(Reference);

    /// <summary>
    /// A delivery report from a mail system that names no letter or case the register holds: nothing is recorded and no
    /// case opens, so there is no reference (<see cref="IntakeOutcome.Reference"/> is the empty default).
    /// </summary>
    public sealed record BounceUnmatched() : IntakeOutcome(default(CaseReference));
}
