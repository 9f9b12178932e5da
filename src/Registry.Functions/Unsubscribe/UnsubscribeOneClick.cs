using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Registry.Functions.Http;
using Registry.Unsubscribe;

namespace Registry.Functions.Unsubscribe;

/// <summary>
/// <c>POST /api/unsubscribe?token=…</c> with the body <c>List-Unsubscribe=One-Click</c> (RFC 8058): a mail client's
/// one-click unsubscribe, or the confirmation page's button. No login: the signed token is the authority.
/// </summary>
public sealed class UnsubscribeOneClick(UnsubscribeHandler handler)
{
    private const int MaxFormBytes = 4096;

    [Function(nameof(UnsubscribeOneClick))]
    [ForAnyone]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "unsubscribe")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType || request.ContentLength is null or > MaxFormBytes)
        {
            return UnsubscribePages.NotValid();
        }

        var form = await request.ReadFormAsync(cancellationToken);
        if (form["List-Unsubscribe"] != "One-Click")
        {
            return UnsubscribePages.NotValid();
        }

        return await handler.UnsubscribeAsync(request.Query["token"], cancellationToken) is { } done
            ? UnsubscribePages.Done(done.Purpose)
            : UnsubscribePages.NotValid();
    }
}
