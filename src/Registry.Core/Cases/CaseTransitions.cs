namespace Registry.Cases;

/// <summary>Applies an action to a case, or says it is not allowed in the case's status (a 409 to callers).</summary>
public static class CaseTransitions
{
    public static CaseChange Apply(SubjectCase current, CaseAction action, Func<SubjectCase, SubjectCase>? change = null)
    {
        var next = CaseStateMachine.Next(action, current.Status);
        if (next is null)
        {
            return CaseChange.NotAllowed(current.Status, action);
        }

        var changed = (change ?? (c => c))(current) with { Status = next.Value };
        return CaseChange.Allowed(changed);
    }
}

/// <summary>The result of <see cref="CaseTransitions.Apply"/>.</summary>
public sealed record CaseChange
{
    private CaseChange()
    {
    }

    public SubjectCase? Case { get; private init; }

    public string? Conflict { get; private init; }

    public static CaseChange Allowed(SubjectCase changed) => new() { Case = changed };

    public static CaseChange NotAllowed(CaseStatus status, CaseAction action) =>
        new() { Conflict = $"A case that is {Serialization.WireName<CaseStatus>.Of(status)} cannot take '{Serialization.WireName<CaseAction>.Of(action)}'." };
}
