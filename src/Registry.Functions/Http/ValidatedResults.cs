using Registry.Validation;

namespace Registry.Functions.Http;

/// <summary>A validated value as a <see cref="Result{T}"/>: invalid is a 400 problem naming every failing field.</summary>
public static class ValidatedResults
{
    public static Result<T> OrProblem<T>(this Validated<T> validated)
        where T : class =>
        validated.IsValid ? new Result<T>.Ok(validated.Value!) : new Result<T>.Refused(Problems.Validation(validated.Errors));
}
