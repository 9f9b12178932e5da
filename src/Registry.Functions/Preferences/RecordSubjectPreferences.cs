using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Registry.Clients.Grants;
using Registry.Functions.Http;
using Registry.Preferences;
using Registry.Subjects;

namespace Registry.Functions.Preferences;

/// <summary><c>PUT /api/subjects/{subjectId}/preferences</c>: a signed client records preference events for a known subject (docs/api/preferences.md).</summary>
public sealed class RecordSubjectPreferences(
    HttpEndpoint endpoint, SignedRequestReader reader, PreferenceEventsValidator validator, PreferenceRequests requests, ClientGate gate)
{
    [Function(nameof(RecordSubjectPreferences))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = "subjects/{subjectId}/preferences")] HttpRequest request,
        string subjectId,
        CancellationToken cancellationToken) =>
        endpoint.RunAsync(nameof(RecordSubjectPreferences), async () =>
        {
            var (signed, problem) = await reader.ReadJsonAsync<PreferencesSubmission>(request, cancellationToken);
            if (signed is null)
            {
                return problem!;
            }

            if (gate.Refuse(signed.Client, ClientOperation.Preferences) is { } refused)
            {
                return refused;
            }

            var events = validator.Validate(signed.Client, signed.Value.Events, SubjectBinding.Check(signed.Value.SubjectId, subjectId));
            if (!events.IsValid)
            {
                return Problems.Validation(events.Errors);
            }

            if (gate.RefusePersonActs(signed.Client, events.Value!) is { } notTheirs)
            {
                return notTheirs;
            }

            // Someone else's customer is answered exactly like a person the register does not hold.
            return SubjectId.TryParse(subjectId, out var subject) && await gate.IsCustomerAsync(signed.Client, subject, cancellationToken)
                ? await requests.RecordAsync(signed.Client, subject, events.Value!, cancellationToken)
                : PreferenceRequests.NotRegistered();
        }, cancellationToken);
}
