using Azure;
using Azure.Data.Tables;
using Registry.Infrastructure.Tables;
using Registry.Preferences;

namespace Registry.Infrastructure.Preferences;

/// <summary>
/// The <c>Suppression</c> table: one entity per e-mail blind index (a partition each, so writes spread),
/// holding only the time of the latest objection. It holds no subject id, so it survives erasure without
/// pointing back at anyone.
/// </summary>
public sealed class TableSuppressionList(RegistryTables tables) : ISuppressionList
{
    private const string Row = "direct_marketing";
    private const int MaxAttempts = 8;

    public async Task AddAsync(string emailIndex, DateTimeOffset objectedAt, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var found = await tables.Suppression.GetEntityIfExistsAsync<TableEntity>(Key(emailIndex), Row, cancellationToken: cancellationToken);
            try
            {
                if (!found.HasValue)
                {
                    await tables.Suppression.AddEntityAsync(Entity(emailIndex, objectedAt), cancellationToken);
                }
                else if (found.Value!.GetDateTimeOffset("ObjectedAt") < objectedAt)
                {
                    await tables.Suppression.UpdateEntityAsync(Entity(emailIndex, objectedAt), found.Value.ETag, TableUpdateMode.Replace, cancellationToken);
                }

                return;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                // Another objection for the same e-mail landed in between: read again and keep the later one.
            }
        }

        throw new InvalidOperationException("A suppression entry kept changing under concurrent objections.");
    }

    public async Task<DateTimeOffset?> FindAsync(string emailIndex, CancellationToken cancellationToken = default)
    {
        var found = await tables.Suppression.GetEntityIfExistsAsync<TableEntity>(Key(emailIndex), Row, ["ObjectedAt"], cancellationToken);
        return found.HasValue ? found.Value!.GetDateTimeOffset("ObjectedAt") : null;
    }

    private static TableEntity Entity(string emailIndex, DateTimeOffset objectedAt) =>
        new(Key(emailIndex), Row) { ["ObjectedAt"] = objectedAt.ToUniversalTime() };

    private static string Key(string emailIndex) => $"email|{emailIndex}";
}
