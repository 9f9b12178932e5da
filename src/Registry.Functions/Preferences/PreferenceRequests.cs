using Microsoft.AspNetCore.Mvc;
using Registry.Clients;
using Registry.Functions.Http;
using Registry.Preferences;
using Registry.Subjects;

namespace Registry.Functions.Preferences;

/// <summary>Maps the outcome of recording preference events to HTTP, for both ways in.</summary>
public sealed class PreferenceRequests(RecordPreferencesHandler handler, PreferenceDefaults defaults)
{
    /// <summary>Same words for an unknown subject id and an unknown e-mail: the answer reveals nothing about who is registered.</summary>
    public static ProblemResult NotRegistered() => Problems.NotFound("No person matches this request.");

    public async Task<IActionResult> RecordAsync(ClientId client, SubjectId subject, IReadOnlyList<PreferenceEvent> events, CancellationToken cancellationToken) =>
        await handler.HandleAsync(new RecordPreferencesCommand(subject, events), cancellationToken) switch
        {
            RecordPreferencesOutcome.Recorded recorded => new JsonBodyResult(200, PreferencesAnswer.From(recorded, defaults, client)),
            RecordPreferencesOutcome.UnknownSubject => NotRegistered(),
            _ => Problems.Unavailable("Too many concurrent changes for this person; retry the same request."),
        };
}
