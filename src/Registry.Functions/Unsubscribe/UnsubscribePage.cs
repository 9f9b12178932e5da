using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Registry.Functions.Http;
using Registry.Unsubscribe;

namespace Registry.Functions.Unsubscribe;

/// <summary>
/// <c>GET /api/unsubscribe?token=…</c>: the confirmation page behind an unsubscribe link. It changes nothing, so a
/// mail scanner or link preview that follows the link cannot unsubscribe anyone (RFC 8058 §4).
/// </summary>
public sealed class UnsubscribePage(UnsubscribeHandler handler)
{
    [Function(nameof(UnsubscribePage))]
    [ForAnyone]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "unsubscribe")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        string? token = request.Query["token"];
        return await handler.CheckAsync(token, cancellationToken) is { } valid
            ? UnsubscribePages.Confirm(valid.Purpose, token!)
            : UnsubscribePages.NotValid();
    }
}
