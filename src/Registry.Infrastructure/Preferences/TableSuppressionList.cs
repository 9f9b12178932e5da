using Azure;
using Azure.Data.Tables;
using Registry.Infrastructure.Tables;
using Registry.Preferences;

namespace Registry.Infrastructure.Preferences;

/// <summary>
/// The suppression list, kept in the e-mail's own <c>Lookup</c> entry (<c>email|{index}</c>, row <c>subject</c>) as the
/// time of the latest objection (<c>SuppressedAt</c>), next to the subject id when the e-mail finds a customer. So a new
/// customer's lookup read answers both questions (issue 18), and an erasure, which removes only the subject id
/// (<see cref="TableSubjectLookup.ReleaseEmailAsync"/>), leaves an entry that holds no subject id and reads exactly like
/// the suppression of an address that never belonged to a customer. Until issue 18 the list had a table of its own;
/// <see cref="LegacySuppressionCopy"/> moves its rows here.
/// </summary>
public sealed class TableSuppressionList(RegistryTables tables) : ISuppressionList
{
    private const int MaxAttempts = 8;

    public async Task AddAsync(string emailIndex, DateTimeOffset objectedAt, CancellationToken cancellationToken = default)
    {
        var key = TableSubjectLookup.Key(emailIndex);
        var at = objectedAt.ToUniversalTime();
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var found = await tables.Lookup.GetEntityIfExistsAsync<TableEntity>(key, TableSubjectLookup.Row, cancellationToken: cancellationToken);
            try
            {
                var entry = new TableEntity(key, TableSubjectLookup.Row) { [TableSubjectLookup.SuppressedProperty] = at };
                if (!found.HasValue)
                {
                    await tables.Lookup.AddEntityAsync(entry, cancellationToken);
                }
                else if (!(found.Value!.GetDateTimeOffset(TableSubjectLookup.SuppressedProperty) >= at))
                {
                    // Merge: the subject id the entry may hold stays; at the version read, so a concurrent claim,
                    // release or objection makes this read again instead of being overwritten.
                    await tables.Lookup.UpdateEntityAsync(entry, found.Value.ETag, TableUpdateMode.Merge, cancellationToken);
                }

                return;
            }
            catch (RequestFailedException e) when (e.Status is 404 or 409 or 412)
            {
                // The entry appeared, changed or went in between: read again and keep the later objection.
            }
        }

        throw new InvalidOperationException("A suppression entry kept changing under concurrent writers.");
    }

    public async Task<DateTimeOffset?> FindAsync(string emailIndex, CancellationToken cancellationToken = default)
    {
        var found = await tables.Lookup.GetEntityIfExistsAsync<TableEntity>(
            TableSubjectLookup.Key(emailIndex), TableSubjectLookup.Row, [TableSubjectLookup.SuppressedProperty], cancellationToken);
        return found.HasValue ? found.Value!.GetDateTimeOffset(TableSubjectLookup.SuppressedProperty) : null;
    }
}
