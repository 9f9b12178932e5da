using Azure.Data.Tables;
using Registry.Clients;
using Registry.Clients.Grants;
using Registry.Subjects;

namespace Registry.Infrastructure.Tables;

/// <summary>
/// A relationship is read from what ingestion stores anyway: each <c>order|…</c> row in the person's partition keeps
/// the <c>ClientId</c> that posted it, in plain text (an identifier, not personal data). So ingestion writes nothing
/// extra, people stored before grants existed have their relationships already, and an erasure that deletes the orders
/// ends the relationship with them. An erasure whose orders the Accounting Act keeps deletes the profile row, so a
/// relationship also needs the profile: the person a kept order names is no one's customer any more. A check is one
/// request: a query inside one partition over the person's order rows by this client and the profile row.
/// </summary>
public sealed class TableCustomerRelationships(RegistryTables tables) : ICustomerRelationships
{
    /// <summary>Just past every order row: '}' follows '|'.</summary>
    private const string OrderEnd = "order}";

    public async Task<bool> ExistsAsync(SubjectId subject, ClientId client, CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {subject.Value} and ((RowKey ge {SubjectRows.OrderPrefix} and RowKey lt {OrderEnd} and ClientId eq {client.Value}) or RowKey eq {SubjectRows.Profile})");
        var ordered = false;
        // Order rows sort before the profile row ("order|" < "profile"), so the profile, when present, comes last.
        await foreach (var row in tables.Subjects.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            if (row.RowKey == SubjectRows.Profile)
            {
                return ordered;
            }

            ordered = true;
        }

        return false;
    }
}
