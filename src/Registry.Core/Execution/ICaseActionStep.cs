using Registry.Cases;
using Registry.Subjects;

namespace Registry.Execution;

/// <summary>
/// Carries out one decided request type for a case. A step must be idempotent on its own (deterministic blob
/// names and letter ids, deletes that tolerate "already gone"): a crash after it acted but before the executor
/// recorded it runs it again. It never runs twice at once: the executor claims it first (<see cref="IStepClaims"/>).
/// </summary>
public interface ICaseActionStep
{
    RequestType Type { get; }

    Task<StepResult> RunAsync(StepContext context, CancellationToken cancellationToken = default);
}

/// <summary>The case being executed, its subject, and the decision's identity (stable across redeliveries).</summary>
public sealed record StepContext(SubjectCase Case, SubjectId Subject, string DecisionId, string DecidedBy, DateTimeOffset Now)
{
    /// <summary>An id for something this step sends, the same on every retry: <c>{reference}-{what}</c>.</summary>
    public string IdFor(string what) => $"{Case.Reference.Value}-{what}";
}

/// <summary>
/// What a step achieved. <see cref="Summary"/> goes to the case's timeline: identifiers, counts and dates only.
/// </summary>
public abstract record StepResult(string Summary)
{
    /// <summary>Done completely.</summary>
    public sealed record Done(string Summary) : StepResult(Summary);

    /// <summary>Done as far as the law allows now; the rest is scheduled (an erasure waiting for holds to end).</summary>
    public sealed record Partial(string Summary) : StepResult(Summary);
}
