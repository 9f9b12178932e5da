using Registry.Cases;

namespace Registry.Execution;

/// <summary>What handling one <c>case-actions</c> message ended in.</summary>
public abstract record ExecutionOutcome
{
    private ExecutionOutcome()
    {
    }

    /// <summary>Every step ran (now or on an earlier delivery); the case moved to <paramref name="Status"/>.</summary>
    public sealed record Executed(CaseStatus Status) : ExecutionOutcome;

    /// <summary>The case is not in progress (already executed, or closed): a redelivery, nothing to do.</summary>
    public sealed record NothingToDo(CaseStatus Status) : ExecutionOutcome;

    /// <summary>The decision names another subject than the case's (or none): not carried out, noted on the timeline.</summary>
    public sealed record Refused : ExecutionOutcome;

    /// <summary>No such case, or the message does not name one: nothing can be done and retrying will not help.</summary>
    public sealed record UnknownCase : ExecutionOutcome;
}
