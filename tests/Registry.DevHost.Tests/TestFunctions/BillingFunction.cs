using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Registry.DevHost.Tests.TestFunctions;

/// <summary>An HTTP function with methods, a route parameter and an MVC result.</summary>
public static class BillingFunction
{
    [Function("SetBilling")]
    public static IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", "put", Route = "orders/{orderId}/billing")] HttpRequest req,
        string orderId,
        CancellationToken cancellationToken) =>
        new OkObjectResult(new BillingResponse(orderId, req.Method, cancellationToken.CanBeCanceled));
}

public sealed record BillingResponse(string OrderId, string Method, bool CanBeCancelled);
