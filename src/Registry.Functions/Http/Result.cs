using Microsoft.AspNetCore.Mvc;

namespace Registry.Functions.Http;

/// <summary>
/// What binding a request or passing a gate gave: the value to go on with, or the answer that ends the request here
/// (a problem, or a replayed answer). Replaces the <c>(value, problem)</c> tuples: exactly one of the two exists.
/// </summary>
public abstract record Result<T>
{
    private Result()
    {
    }

    public static implicit operator Result<T>(T value) => new Ok(value);

    public static implicit operator Result<T>(ProblemResult problem) => new Refused(problem);

    /// <summary>Binds the value further, or passes the refusal on.</summary>
    public Result<TNext> Then<TNext>(Func<T, Result<TNext>> next) => this switch
    {
        Ok ok => next(ok.Value),
        Refused refused => new Result<TNext>.Refused(refused.Answer),
        _ => throw new InvalidOperationException("A result is either Ok or Refused."),
    };

    /// <summary>Goes on with the value, or answers with the refusal.</summary>
    public async Task<IActionResult> ThenAsync(Func<T, Task<IActionResult>> next) => this switch
    {
        Ok ok => await next(ok.Value),
        Refused refused => refused.Answer,
        _ => throw new InvalidOperationException("A result is either Ok or Refused."),
    };

    public sealed record Ok(T Value) : Result<T>;

    public sealed record Refused(IActionResult Answer) : Result<T>;
}
