using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Registry.Clients.Grants;
using Registry.Functions.Http;
using Registry.Orders.Billing;
using Registry.Orders;
using Registry.Serialization;

namespace Registry.Functions.Orders;

/// <summary><c>PUT /api/orders/{orderId}/billing</c>: the client that posted an order reports its invoice status.</summary>
public sealed class UpdateBilling(HttpEndpoint endpoint, SignedRequestReader reader, UpdateBillingHandler handler, ClientGate gate, TimeProvider time)
{
    [Function(nameof(UpdateBilling))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = "orders/{orderId}/billing")] HttpRequest request,
        string orderId,
        CancellationToken cancellationToken) =>
        endpoint.RunAsync(nameof(UpdateBilling), async () =>
        {
            var (signed, problem) = await reader.ReadJsonAsync<BillingUpdateSubmission>(request, cancellationToken);
            if (signed is null)
            {
                return problem!;
            }

            if (gate.Refuse(signed.Client, ClientOperation.Billing) is { } refused)
            {
                return refused;
            }

            if (!ClientOrderId.TryParse(orderId, out var id))
            {
                return Problems.NotFound("No order with this orderId was posted by this client.");
            }

            var change = signed.Value.Validate(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), orderId);
            if (!change.IsValid)
            {
                return Problems.Validation(change.Errors);
            }

            return await handler.HandleAsync(new UpdateBillingCommand(signed.Client, id, change.Value!), cancellationToken) switch
            {
                UpdateBillingOutcome.Updated updated => new JsonBodyResult(200, new BillingStatus(
                    updated.Order.Value, updated.Current.Status.ToWire(), updated.Current.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))),
                UpdateBillingOutcome.OrderNotFound => Problems.NotFound("No order with this orderId was posted by this client."),
                _ => Problems.Unavailable("Too many concurrent changes for this order; retry the same request."),
            };
        }, cancellationToken);
}

/// <summary>The order's current invoice status after the change.</summary>
public sealed record BillingStatus(string OrderRef, string Status, string Date);
