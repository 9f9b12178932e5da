using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Registry.Serialization;
using Registry.Privacy.Classification;

namespace Registry.Subjects;

/// <summary>
/// The opaque identifier of one data subject. Random, so it reveals nothing about the person and
/// can be used as a PartitionKey (design decision D4) and in logs (D9).
/// </summary>
[JsonConverter(typeof(SubjectId.JsonConverter))]
[PseudonymousIdentifier]
public readonly record struct SubjectId
{
    private const string Prefix = "sub_";

    private SubjectId(string value) => Value = value;

    public string Value { get; }

    /// <summary>A new identifier with 120 bits of randomness.</summary>
    public static SubjectId New() => new(OpaqueToken.New(Prefix));

    public static bool TryParse([NotNullWhen(true)] string? text, out SubjectId subjectId)
    {
        subjectId = OpaqueToken.IsValid(text, Prefix) ? new SubjectId(text!) : default;
        return subjectId.Value is not null;
    }

    public static SubjectId Parse(string text) =>
        TryParse(text, out var id) ? id : throw new FormatException("Not a subject id.");

    public override string ToString() => Value;

    /// <summary>Reads and writes the value as its plain string.</summary>
    public sealed class JsonConverter : StringValueConverter<SubjectId>
    {
        protected override bool TryParse(string? text, out SubjectId value) => SubjectId.TryParse(text, out value);

        protected override string Format(SubjectId value) => value.Value;
    }
}
