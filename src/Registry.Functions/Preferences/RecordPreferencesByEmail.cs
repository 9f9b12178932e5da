using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Registry.Clients.Grants;
using Registry.Contact;
using Registry.Functions.Http;
using Registry.Preferences;
using Registry.Privacy;
using Registry.Subjects;
using Registry.Validation;

namespace Registry.Functions.Preferences;

/// <summary>
/// <c>PUT /api/preferences</c>: a signed client records preference events for the person with an e-mail address,
/// found through the blind index. The address travels in the body, never in the URL (D9).
/// </summary>
public sealed class RecordPreferencesByEmail(
    PreferenceEventsValidator validator, IBlindIndex blindIndex, ISubjectLookup lookup, PreferenceRequests requests, ClientGate gate)
{
    [Function(nameof(RecordPreferencesByEmail))]
    [ForClients(ClientOperation.Preferences)]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = "preferences")] HttpRequest request,
        FunctionContext context,
        CancellationToken cancellationToken)
    {
        var signed = context.SignedClient();
        return signed.Read<PreferencesSubmission>()
            .Then(Bind(signed))
            .ThenAsync(async byEmail =>
            {
                var index = await blindIndex.ForEmailAsync(byEmail.Email, cancellationToken);
                // Someone else's customer is answered exactly like an address the register does not hold.
                return await lookup.FindByEmailAsync(index, cancellationToken) is { } subject && await gate.IsCustomerAsync(signed.Client, subject, cancellationToken)
                    ? await requests.RecordAsync(signed.Client, subject, byEmail.Events, cancellationToken)
                    : PreferenceRequests.NotRegistered();
            });
    }

    private Func<PreferencesSubmission, Result<EventsByEmail>> Bind(SignedClientRequest signed) => submission =>
    {
        var errors = new FieldErrors();
        if (!EmailAddress.TryParse(submission.Email, out var email))
        {
            errors.Add("email", "is required: the person's e-mail address.");
        }

        return validator.Validate(signed.Client, submission.Events, errors).OrProblem()
            .Then(events => gate.PersonActs(signed.Client, events))
            .Then<EventsByEmail>(events => new EventsByEmail(email, events));
    };

    /// <summary>A valid request: whose preferences (by e-mail; personal data, never logged) and the events to record.</summary>
    private sealed record EventsByEmail(EmailAddress Email, IReadOnlyList<PreferenceEvent> Events);
}
