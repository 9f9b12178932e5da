namespace Registry.Preferences;

// PUT /api/subjects/{subjectId}/preferences and PUT /api/preferences, as they arrive on the wire
// (docs/api/preferences.md). Everything is nullable: the validator reports each broken rule.

/// <summary>A batch of preference events; <paramref name="Email"/> is read only by <c>PUT /api/preferences</c>.</summary>
public sealed record PreferencesSubmission(string? Email, IReadOnlyList<PreferenceEventSubmission?>? Events);

public sealed record PreferenceEventSubmission(
    string? EventId, string? Purpose, string? State, string? OccurredAt, string? Channel, string? Evidence);
