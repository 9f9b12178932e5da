using Registry.Clients;
using Registry.Orders.Ingest;

namespace Registry.Bench;

/// <summary>One order through the real validator and handler, as the HTTP function runs them after the signature check.</summary>
public sealed class OrderIngestion(OrderValidator validator, IngestOrderHandler handler)
{
    private static readonly ClientId Webshop = ClientId.Parse("webshop");

    public async ValueTask IngestAsync(OrderSubmission submission, CancellationToken cancellationToken = default)
    {
        var order = validator.Validate(submission);
        if (!order.IsValid)
        {
            throw new InvalidOperationException($"A benchmark order is invalid: {string.Join("; ", order.Errors)}");
        }

        // Every measured order must really be stored: a conflict or contention would flatter the figures.
        var outcome = await handler.HandleAsync(new IngestOrderCommand(Webshop, order.Value!), cancellationToken);
        if (outcome is not IngestOrderOutcome.Created)
        {
            throw new InvalidOperationException($"A benchmark order was not created: {outcome.GetType().Name}.");
        }
    }
}
