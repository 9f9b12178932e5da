using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Registry.Clients;
using Registry.Clients.Grants;
using Registry.Functions.Http;
using Registry.Orders.Ingest;
using Registry.Serialization;

namespace Registry.Functions.Orders;

/// <summary><c>POST /api/orders</c>: a web shop, store or reseller posts an order (contract v1, docs/api/orders.md).</summary>
public sealed class IngestOrder(OrderValidator validator, IngestOrderHandler handler, IOptions<ClientDirectoryOptions> clients)
{
    [Function(nameof(IngestOrder))]
    [ForClients(ClientOperation.Orders)]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "orders")] HttpRequest request,
        FunctionContext context,
        CancellationToken cancellationToken) =>
        Bind(context.SignedClient()).ThenAsync(async command => Answer(await handler.HandleAsync(command, cancellationToken)));

    private Result<IngestOrderCommand> Bind(SignedClientRequest signed) => signed.Read<OrderSubmission>().Then<IngestOrderCommand>(submission =>
    {
        var order = validator.Validate(submission);
        if (!order.IsValid)
        {
            return Problems.Validation(order.Errors);
        }

        return clients.Value[signed.Client.Value].Channels.Contains(order.Value!.Channel.ToWire())
            ? new IngestOrderCommand(signed.Client, order.Value)
            : Problems.ChannelNotAllowed();
    });

    private static IActionResult Answer(IngestOrderOutcome outcome) => outcome switch
    {
        IngestOrderOutcome.Created created => new JsonBodyResult(201, new OrderAccepted(created.Subject.Value, created.Order.Value)),
        IngestOrderOutcome.AlreadyStored stored => new JsonBodyResult(200, new OrderAccepted(stored.Subject.Value, stored.Order.Value)),
        IngestOrderOutcome.ConflictingOrder => Problems.Conflict("This client already posted a different order with this orderId."),
        _ => Problems.Unavailable("Too many concurrent changes for this customer; retry the same request."),
    };
}

/// <summary>The answer to a stored order: the same for the first post and every retry of it.</summary>
public sealed record OrderAccepted(string SubjectId, string OrderRef);
