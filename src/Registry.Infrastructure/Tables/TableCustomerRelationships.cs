using Azure.Data.Tables;
using Registry.Clients;
using Registry.Clients.Grants;
using Registry.Subjects;

namespace Registry.Infrastructure.Tables;

/// <summary>
/// A relationship is read from what ingestion stores anyway: each <c>order|…</c> row in the person's partition keeps
/// the <c>ClientId</c> that posted it, in plain text (an identifier, not personal data). So ingestion writes nothing
/// extra, people stored before grants existed have their relationships already, and an erasure that deletes the orders
/// ends the relationship with them. A check is one request: a query inside one partition over the person's order rows.
/// </summary>
public sealed class TableCustomerRelationships(RegistryTables tables) : ICustomerRelationships
{
    /// <summary>Just past every order row: '}' follows '|'.</summary>
    private const string OrderEnd = "order}";

    public async Task<bool> ExistsAsync(SubjectId subject, ClientId client, CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {subject.Value} and RowKey ge {SubjectRows.OrderPrefix} and RowKey lt {OrderEnd} and ClientId eq {client.Value}");
        await foreach (var _ in tables.Subjects.QueryAsync<TableEntity>(filter, maxPerPage: 1, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            return true;
        }

        return false;
    }
}
