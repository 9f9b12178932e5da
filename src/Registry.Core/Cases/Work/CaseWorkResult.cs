using Registry.Validation;

namespace Registry.Cases.Work;

/// <summary>The outcome of a staff action on a case; mapped to HTTP in one place.</summary>
public abstract record CaseWorkResult
{
    public sealed record Done(SubjectCase Case) : CaseWorkResult;

    public sealed record NotFound : CaseWorkResult;

    public sealed record Conflict(string Detail) : CaseWorkResult;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : CaseWorkResult;
}
