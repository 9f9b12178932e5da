using Registry.Clients;

namespace Registry.Orders.Ingest;

/// <summary>Store one validated order posted by an authenticated client.</summary>
public sealed record IngestOrderCommand(ClientId Client, ValidatedOrder Order);
