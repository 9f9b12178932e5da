using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Registry.Audiences;
using Registry.Clients.Grants;
using Registry.Functions.Http;
using Registry.Preferences;
using Registry.Serialization;
using Registry.Subjects;
using Registry.Validation;

namespace Registry.Functions.Audiences;

/// <summary>
/// <c>GET /api/audiences/{purpose}?pageSize=&amp;continuationToken=</c>: a signed client reads, page by page, the people
/// who may be contacted for a purpose today. Each page is recorded as a disclosure to that client before it is sent.
/// </summary>
public sealed class GetAudience(HttpEndpoint endpoint, SignedRequestReader reader, AudienceHandler handler, ClientGate gate)
{
    private const int DefaultPageSize = 100;

    [Function(nameof(GetAudience))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "audiences/{purpose}")] HttpRequest request,
        string purpose,
        CancellationToken cancellationToken) =>
        endpoint.RunAsync(nameof(GetAudience), async () =>
        {
            var (client, problem) = await reader.ReadTargetAsync(request, cancellationToken);
            if (client is null)
            {
                return problem!;
            }

            if (gate.Refuse(client.Value, ClientOperation.Audiences) is { } refused)
            {
                return refused;
            }

            var errors = new FieldErrors();
            if (!WireName<ConsentPurpose>.TryParse(purpose, out var parsed))
            {
                errors.Add("purpose", $"must be one of {string.Join(", ", WireName<ConsentPurpose>.All)}.");
            }

            var pageSize = DefaultPageSize;
            if (request.Query["pageSize"] is { Count: > 0 } size
                && (!int.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) || pageSize is < 1 or > AudienceHandler.MaxPageSize))
            {
                errors.Add("pageSize", $"must be a whole number from 1 to {AudienceHandler.MaxPageSize}.");
            }

            SubjectId? after = null;
            if (request.Query["continuationToken"] is { Count: > 0 } token)
            {
                after = SubjectId.TryParse(token, out var start) ? start : null;
                if (after is null)
                {
                    errors.Add("continuationToken", "must be a token from an earlier page's answer.");
                }
            }

            if (errors.Any)
            {
                return Problems.Validation(errors.All);
            }

            var (categories, notGranted) = gate.AudienceGrant(client.Value, parsed);
            if (categories is null)
            {
                return notGranted!;
            }

            var page = await handler.PageAsync(new AudiencePageQuery(client.Value, parsed, after, pageSize, categories), cancellationToken);
            return new JsonBodyResult(200, AudienceAnswer.From(parsed, page));
        }, cancellationToken);
}
