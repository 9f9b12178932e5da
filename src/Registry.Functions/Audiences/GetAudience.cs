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
public sealed class GetAudience(AudienceHandler handler, ClientGate gate)
{
    private const int DefaultPageSize = 100;

    [Function(nameof(GetAudience))]
    [ForClients(ClientOperation.Audiences, SignsTarget = true)]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "audiences/{purpose}")] HttpRequest request,
        string purpose,
        FunctionContext context,
        CancellationToken cancellationToken)
    {
        var client = context.SignedClient().Client;
        return Bind(request, purpose)
            .Then(query => gate.AudienceGrant(client, query.Purpose).Then<AudiencePageQuery>(categories =>
                new AudiencePageQuery(client, query.Purpose, query.After, query.PageSize, categories)))
            .ThenAsync(async query => new JsonBodyResult(200, AudienceAnswer.From(query.Purpose, await handler.PageAsync(query, cancellationToken))));
    }

    private static Result<AudienceRequest> Bind(HttpRequest request, string purpose)
    {
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

        return errors.Any ? Problems.Validation(errors.All) : new AudienceRequest(parsed, after, pageSize);
    }

    /// <summary>A valid page request, before the grant names the categories the client may receive.</summary>
    private sealed record AudienceRequest(ConsentPurpose Purpose, SubjectId? After, int PageSize);
}
