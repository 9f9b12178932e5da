using Azure;
using Azure.Data.Tables;
using Registry.Subjects;

namespace Registry.Infrastructure.Tables;

/// <summary>
/// E-mail blind index → subject, one entity per index value (a partition each, so writes spread). The same entity
/// carries the e-mail's suppression (<c>SuppressedAt</c>, see <see cref="Preferences.TableSuppressionList"/>), so one
/// point read answers both questions a new customer's order asks. An entry may hold a suppression and no subject: an
/// erased person's, or an address that never belonged to a customer; both read as "nobody" here.
/// </summary>
public sealed class TableSubjectLookup(RegistryTables tables) : ISubjectLookup
{
    internal const string Row = "subject";
    internal const string SubjectProperty = "SubjectId";
    internal const string SuppressedProperty = "SuppressedAt";
    private const int MaxAttempts = 8;

    public async Task<SubjectId?> FindByEmailAsync(string emailIndex, CancellationToken cancellationToken = default) =>
        (await FindEmailAsync(emailIndex, cancellationToken)).Subject;

    public async Task<EmailEntry> FindEmailAsync(string emailIndex, CancellationToken cancellationToken = default)
    {
        var found = await tables.Lookup.GetEntityIfExistsAsync<TableEntity>(Key(emailIndex), Row, [SubjectProperty, SuppressedProperty], cancellationToken);
        return found.HasValue ? Entry(found.Value!) : default;
    }

    public async Task<SubjectId> ClaimEmailAsync(string emailIndex, SubjectId candidate, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            try
            {
                await tables.Lookup.AddEntityAsync(new TableEntity(Key(emailIndex), Row) { [SubjectProperty] = candidate.Value }, cancellationToken);
                return candidate;
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
                var found = await tables.Lookup.GetEntityIfExistsAsync<TableEntity>(Key(emailIndex), Row, cancellationToken: cancellationToken);
                if (!found.HasValue)
                {
                    continue;
                }

                if (Entry(found.Value!).Subject is { } holder)
                {
                    return holder;
                }

                // A suppression with nobody behind it: take the entry over at the version read, keeping the suppression.
                // Concurrent first orders all read that version and only one update succeeds; the others read again.
                if (await TryTakeOverAsync(found.Value!, candidate, cancellationToken))
                {
                    return candidate;
                }
            }
        }

        throw new InvalidOperationException("An e-mail lookup kept changing under concurrent first orders.");
    }

    public Task ReleaseEmailAsync(string emailIndex, SubjectId subject, CancellationToken cancellationToken = default) =>
        ReleaseAsync(tables, Key(emailIndex), subject, cancellationToken);

    /// <summary>
    /// Stops the entry naming <paramref name="subject"/>, at the version read (an entry another subject took meanwhile
    /// is not ours): deleted, or, when it holds a suppression, replaced by the suppression alone, which must outlive the
    /// person and then reads like any non-customer's. A concurrent change (a new objection) makes it read again.
    /// </summary>
    internal static async Task ReleaseAsync(RegistryTables tables, string key, SubjectId subject, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var found = await tables.Lookup.GetEntityIfExistsAsync<TableEntity>(key, Row, cancellationToken: cancellationToken);
            if (!found.HasValue || found.Value!.GetString(SubjectProperty) != subject.Value)
            {
                return;
            }

            try
            {
                if (found.Value.GetDateTimeOffset(SuppressedProperty) is { } suppressedAt)
                {
                    var kept = new TableEntity(key, Row) { [SuppressedProperty] = suppressedAt };
                    await tables.Lookup.UpdateEntityAsync(kept, found.Value.ETag, TableUpdateMode.Replace, cancellationToken);
                }
                else
                {
                    await tables.Lookup.DeleteEntityAsync(key, Row, found.Value.ETag, cancellationToken);
                }

                return;
            }
            catch (RequestFailedException e) when (e.Status is 404 or 412)
            {
                // Gone or changed since the read: read again.
            }
        }

        throw new InvalidOperationException("An e-mail lookup kept changing while it was being released.");
    }

    private async Task<bool> TryTakeOverAsync(TableEntity entry, SubjectId candidate, CancellationToken cancellationToken)
    {
        try
        {
            var taken = new TableEntity(entry.PartitionKey, Row) { [SubjectProperty] = candidate.Value };
            await tables.Lookup.UpdateEntityAsync(taken, entry.ETag, TableUpdateMode.Merge, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return false;
        }
    }

    private static EmailEntry Entry(TableEntity entry) =>
        new(entry.GetString(SubjectProperty) is { Length: > 0 } id ? SubjectId.Parse(id) : null, entry.GetDateTimeOffset(SuppressedProperty));

    internal static string Key(string emailIndex) => $"email|{emailIndex}";
}
