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
public sealed class IngestOrder(
    HttpEndpoint endpoint,
    SignedRequestReader reader,
    OrderValidator validator,
    IngestOrderHandler handler,
    ClientGate gate,
    IOptions<ClientDirectoryOptions> clients)
{
    [Function(nameof(IngestOrder))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "orders")] HttpRequest request,
        CancellationToken cancellationToken) =>
        endpoint.RunAsync(nameof(IngestOrder), async () =>
        {
            var (signed, problem) = await reader.ReadJsonAsync<OrderSubmission>(request, cancellationToken);
            if (signed is null)
            {
                return problem!;
            }

            if (gate.Refuse(signed.Client, ClientOperation.Orders) is { } refused)
            {
                return refused;
            }

            var order = validator.Validate(signed.Value);
            if (!order.IsValid)
            {
                return Problems.Validation(order.Errors);
            }

            if (!clients.Value[signed.Client.Value].Channels.Contains(order.Value!.Channel.ToWire()))
            {
                return Problems.ChannelNotAllowed();
            }

            return await handler.HandleAsync(new IngestOrderCommand(signed.Client, order.Value), cancellationToken) switch
            {
                IngestOrderOutcome.Created created => new JsonBodyResult(201, new OrderAccepted(created.Subject.Value, created.Order.Value)),
                IngestOrderOutcome.AlreadyStored stored => new JsonBodyResult(200, new OrderAccepted(stored.Subject.Value, stored.Order.Value)),
                IngestOrderOutcome.ConflictingOrder => Problems.Conflict("This client already posted a different order with this orderId."),
                _ => Problems.Unavailable("Too many concurrent changes for this customer; retry the same request."),
            };
        }, cancellationToken);
}

/// <summary>The answer to a stored order: the same for the first post and every retry of it.</summary>
public sealed record OrderAccepted(string SubjectId, string OrderRef);
