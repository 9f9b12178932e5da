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
    HttpEndpoint endpoint, SignedRequestReader reader, PreferenceEventsValidator validator, IBlindIndex blindIndex, ISubjectLookup lookup,
    PreferenceRequests requests, ClientGate gate)
{
    [Function(nameof(RecordPreferencesByEmail))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = "preferences")] HttpRequest request,
        CancellationToken cancellationToken) =>
        endpoint.RunAsync(nameof(RecordPreferencesByEmail), async () =>
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

            var errors = new FieldErrors();
            if (!EmailAddress.TryParse(signed.Value.Email, out var email))
            {
                errors.Add("email", "is required: the person's e-mail address.");
            }

            var events = validator.Validate(signed.Client, signed.Value.Events, errors);
            if (!events.IsValid)
            {
                return Problems.Validation(events.Errors);
            }

            if (gate.RefusePersonActs(signed.Client, events.Value!) is { } notTheirs)
            {
                return notTheirs;
            }

            var index = await blindIndex.ForEmailAsync(email, cancellationToken);
            // Someone else's customer is answered exactly like an address the register does not hold.
            return await lookup.FindByEmailAsync(index, cancellationToken) is { } subject && await gate.IsCustomerAsync(signed.Client, subject, cancellationToken)
                ? await requests.RecordAsync(signed.Client, subject, events.Value!, cancellationToken)
                : PreferenceRequests.NotRegistered();
        }, cancellationToken);
}
