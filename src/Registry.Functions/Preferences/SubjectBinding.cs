using Registry.Validation;

namespace Registry.Functions.Preferences;

/// <summary>
/// The signature covers the body, not the path: <c>subjectId</c> in the body must repeat the path's, so a captured
/// signed request for one person cannot be replayed onto another (docs/api/preferences.md).
/// </summary>
public static class SubjectBinding
{
    public static FieldErrors Check(string? bodySubjectId, string pathSubjectId)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrEmpty(bodySubjectId))
        {
            errors.Add("subjectId", "is required: the subjectId of the path, so the signature binds the person.");
        }
        else if (!string.Equals(bodySubjectId, pathSubjectId, StringComparison.Ordinal))
        {
            errors.Add("subjectId", "must equal the subjectId in the path: the signed body names the person it applies to.");
        }

        return errors;
    }
}
