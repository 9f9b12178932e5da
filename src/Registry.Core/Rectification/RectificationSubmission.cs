using System.Text.Json;
using Registry.Privacy.Classification;

namespace Registry.Rectification;

// The decision body's "rectification" and "objection" parts as they arrive (docs/api/cases.md); everything is
// nullable, and the validator names each broken rule by its path.

public sealed record RectificationSubmission(IReadOnlyList<RectificationChangeSubmission?>? Changes);

/// <summary><paramref name="Value"/> is a string for names, e-mail and phone, an object for organisation and postal address.</summary>
public sealed record RectificationChangeSubmission(string? Field, [property: PersonalData] JsonElement? Value, [property: PersonalData] string? Grounds);

public sealed record ObjectionSubmission(IReadOnlyList<string?>? Purposes);
