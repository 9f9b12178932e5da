using Azure.Data.Tables;
using Registry.Infrastructure.Tables;
using Registry.Orders.Storage;
using Registry.Subjects;

namespace Registry.Infrastructure.Staff;

/// <summary>
/// What the register holds about one person, for the privacy officer. The ONE place that turns subject
/// partition rows into profile and orders: per-person decryption (issue 3) is wired in here, in
/// <see cref="ReadRow"/>, at merge.
/// </summary>
public sealed class SubjectRegisterReader(RegistryTables tables)
{
    public async Task<SubjectRegisterData?> ReadAsync(SubjectId subject, CancellationToken cancellationToken = default)
    {
        CustomerProfile? profile = null;
        var orders = new List<StoredOrder>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {subject.Value}");
        await foreach (var entity in tables.Subjects.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            switch (ReadRow(entity))
            {
                case CustomerProfile p:
                    profile = p;
                    break;
                case StoredOrder o:
                    orders.Add(o);
                    break;
            }
        }

        return profile is null && orders.Count == 0 ? null : new SubjectRegisterData(subject, profile, orders);
    }

    /// <summary>The single adapter from a stored row to domain data (decryption goes here).</summary>
    private static object? ReadRow(TableEntity entity) => entity.RowKey switch
    {
        "profile" => ProfileEntity.FromEntity(entity),
        var row when row.StartsWith("order|", StringComparison.Ordinal) => OrderEntity.FromEntity(entity),
        _ => null,
    };
}

/// <summary>A subject's profile and orders, decrypted, for an authorised and audited staff read.</summary>
public sealed record SubjectRegisterData(SubjectId Subject, CustomerProfile? Profile, IReadOnlyList<StoredOrder> Orders);
