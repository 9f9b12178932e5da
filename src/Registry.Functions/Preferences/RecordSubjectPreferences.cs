using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Registry.Clients.Grants;
using Registry.Functions.Http;
using Registry.Preferences;
using Registry.Subjects;

namespace Registry.Functions.Preferences;

/// <summary><c>PUT /api/subjects/{subjectId}/preferences</c>: a signed client records preference events for a known subject (docs/api/preferences.md).</summary>
public sealed class RecordSubjectPreferences(PreferenceEventsValidator validator, PreferenceRequests requests, ClientGate gate)
{
    [Function(nameof(RecordSubjectPreferences))]
    [ForClients(ClientOperation.Preferences)]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = "subjects/{subjectId}/preferences")] HttpRequest request,
        string subjectId,
        FunctionContext context,
        CancellationToken cancellationToken)
    {
        var signed = context.SignedClient();
        return signed.Read<PreferencesSubmission>()
            .Then(submission => validator.Validate(signed.Client, submission.Events, SubjectBinding.Check(submission.SubjectId, subjectId)).OrProblem())
            .Then(events => gate.PersonActs(signed.Client, events))
            .ThenAsync(async events =>
                // Someone else's customer is answered exactly like a person the register does not hold.
                SubjectId.TryParse(subjectId, out var subject) && await gate.IsCustomerAsync(signed.Client, subject, cancellationToken)
                    ? await requests.RecordAsync(signed.Client, subject, events, cancellationToken)
                    : PreferenceRequests.NotRegistered());
    }
}
