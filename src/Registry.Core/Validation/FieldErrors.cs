namespace Registry.Validation;

/// <summary>Collects every rule an input breaks, so one answer lists them all.</summary>
public sealed class FieldErrors
{
    private readonly List<FieldError> _errors = [];

    public bool Any => _errors.Count > 0;

    public IReadOnlyList<FieldError> All => _errors;

    public void Add(string field, string message) => _errors.Add(new FieldError(field, message));

    /// <summary>Adds "is required" and returns null when the text is missing or blank; otherwise the trimmed text within its limit.</summary>
    public string? Required(string field, string? text, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            Add(field, "is required.");
            return null;
        }

        return Optional(field, text, maxLength);
    }

    /// <summary>The trimmed text, or null when absent; adds an error when it exceeds its limit or has control characters.</summary>
    public string? Optional(string field, string? text, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (trimmed.Length > maxLength)
        {
            Add(field, $"must be at most {maxLength} characters.");
            return null;
        }

        if (trimmed.Any(char.IsControl))
        {
            Add(field, "must not contain control characters.");
            return null;
        }

        return trimmed;
    }
}
