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
public sealed class UpdateBilling(UpdateBillingHandler handler, TimeProvider time)
{
    [Function(nameof(UpdateBilling))]
    [ForClients(ClientOperation.Billing)]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = "orders/{orderId}/billing")] HttpRequest request,
        string orderId,
        FunctionContext context,
        CancellationToken cancellationToken) =>
        Bind(context.SignedClient(), orderId).ThenAsync(async command => Answer(await handler.HandleAsync(command, cancellationToken)));

    private Result<UpdateBillingCommand> Bind(SignedClientRequest signed, string orderId) =>
        signed.Read<BillingUpdateSubmission>().Then<UpdateBillingCommand>(submission =>
        {
            if (!ClientOrderId.TryParse(orderId, out var id))
            {
                return NotFound();
            }

            var change = submission.Validate(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), orderId);
            return change.IsValid ? new UpdateBillingCommand(signed.Client, id, change.Value!) : Problems.Validation(change.Errors);
        });

    private static IActionResult Answer(UpdateBillingOutcome outcome) => outcome switch
    {
        UpdateBillingOutcome.Updated updated => new JsonBodyResult(200, new BillingStatus(
            updated.Order.Value, updated.Current.Status.ToWire(), updated.Current.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))),
        UpdateBillingOutcome.OrderNotFound => NotFound(),
        _ => Problems.Unavailable("Too many concurrent changes for this order; retry the same request."),
    };

    private static ProblemResult NotFound() => Problems.NotFound("No order with this orderId was posted by this client.");
}

/// <summary>The order's current invoice status after the change.</summary>
public sealed record BillingStatus(string OrderRef, string Status, string Date);
