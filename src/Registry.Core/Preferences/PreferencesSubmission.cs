namespace Registry.Preferences;

// PUT /api/subjects/{subjectId}/preferences and PUT /api/preferences, as they arrive on the wire
// (docs/api/preferences.md). Everything is nullable: the validator reports each broken rule.

/// <summary>
/// A batch of preference events; <paramref name="Email"/> is read only by <c>PUT /api/preferences</c>, and
/// <paramref name="SubjectId"/> only by <c>PUT /api/subjects/{subjectId}/preferences</c>, where it must repeat the
/// path's id so the signature binds the person (a signed body cannot be replayed onto another path).
/// </summary>
public sealed record PreferencesSubmission(string? Email, IReadOnlyList<PreferenceEventSubmission?>? Events, string? SubjectId = null);

public sealed record PreferenceEventSubmission(
    string? EventId, string? Purpose, string? State, string? OccurredAt, string? Channel, string? Evidence, string? Actor = null);
