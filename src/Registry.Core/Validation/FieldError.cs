namespace Registry.Validation;

/// <summary>
/// One rule an input broke, at a JSON path such as <c>customer.address.postalCode</c> or
/// <c>lines[2].unitPrice</c>. The message never repeats the value: it may be personal data.
/// </summary>
public sealed record FieldError(string Field, string Message);
