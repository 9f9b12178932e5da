using Registry.Cases;

namespace Registry.Execution;

/// <summary>
/// Who carries out a step of a case right now. Before a step runs, the executor claims it under the step's event id, so
/// an overlapping delivery of the same decision finds the claim and backs off instead of running the step a second time
/// at once. Recording the step's event turns the claim into the step's record (one transaction); an execution that fails
/// gives its claim back, so its redelivery finds the step free. Only an execution that died outright leaves a claim, and a
/// claim older than the lease is taken over.
/// </summary>
public interface IStepClaims
{
    /// <summary>Claims the step recorded under <paramref name="eventId"/> for the execution <paramref name="token"/>; a claim older than <paramref name="lease"/> is taken over.</summary>
    Task<StepClaim> ClaimAsync(CaseReference reference, string eventId, string token, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>Appends the step's event and makes the claim its record, in one transaction; false when another execution took the claim over meanwhile.</summary>
    Task<bool> RecordAsync(CaseReference reference, StepClaim.Claimed claim, CaseEvent happened, CancellationToken cancellationToken = default);

    /// <summary>Gives back the claim of a failed execution, if <paramref name="token"/> still holds it unrecorded; anything else is left.</summary>
    Task ReleaseAsync(CaseReference reference, string eventId, string token, CancellationToken cancellationToken = default);
}
