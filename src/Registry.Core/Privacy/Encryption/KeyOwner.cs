using Registry.Cases;
using Registry.Subjects;

namespace Registry.Privacy.Encryption;

/// <summary>
/// Whose data a key protects: a data subject (<c>sub_…</c>) or a subject-request case (<c>DSR-…</c>, whose
/// requester may not be linked to any subject). Part of every associated data, so nothing moves between owners.
/// </summary>
public readonly record struct KeyOwner(string Value)
{
    public static implicit operator KeyOwner(SubjectId subject) => new(subject.Value);

    public static KeyOwner Of(CaseReference reference) => new(reference.Value);

    public override string ToString() => Value;
}
