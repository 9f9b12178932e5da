namespace Registry.Validation;

/// <summary>Either a value that passed its rules, or the rules it broke.</summary>
public sealed class Validated<T>
    where T : class
{
    private Validated(T? value, IReadOnlyList<FieldError> errors)
    {
        Value = value;
        Errors = errors;
    }

    public T? Value { get; }

    public IReadOnlyList<FieldError> Errors { get; }

    public bool IsValid => Value is not null;

    public static Validated<T> Valid(T value) => new(value, []);

    public static Validated<T> Invalid(IReadOnlyList<FieldError> errors) => new(null, errors);
}
