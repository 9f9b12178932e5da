using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Registry.Infrastructure.Storage;

namespace Registry.Infrastructure.Tables;

/// <summary>The register's tables, by role.</summary>
public sealed class RegistryTables(TableServiceClient service, IOptions<StorageNames> names)
{
    public TableClient Subjects { get; } = service.GetTableClient(names.Value.SubjectsTable);

    public TableClient Lookup { get; } = service.GetTableClient(names.Value.LookupTable);

    public TableClient Schedule { get; } = service.GetTableClient(names.Value.ScheduleTable);

    public TableClient Suppression { get; } = service.GetTableClient(names.Value.SuppressionTable);

    public TableClient Cases { get; } = service.GetTableClient(names.Value.CasesTable);

    public TableClient Statistics { get; } = service.GetTableClient(names.Value.StatisticsTable);

    /// <summary>Remembered <c>webhook-id</c>s (<see cref="Clients.TableWebhookIdLedger"/>).</summary>
    public TableClient Dedupe { get; } = service.GetTableClient(names.Value.DedupeTable);
}
