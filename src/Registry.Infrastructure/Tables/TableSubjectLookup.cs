using Azure;
using Azure.Data.Tables;
using Registry.Subjects;

namespace Registry.Infrastructure.Tables;

/// <summary>E-mail blind index → subject, one entity per index value (a partition each, so writes spread).</summary>
public sealed class TableSubjectLookup(RegistryTables tables) : ISubjectLookup
{
    internal const string Row = "subject";

    public async Task<SubjectId?> FindByEmailAsync(string emailIndex, CancellationToken cancellationToken = default)
    {
        var found = await tables.Lookup.GetEntityIfExistsAsync<TableEntity>(Key(emailIndex), Row, ["SubjectId"], cancellationToken);
        return found.HasValue ? Holder(found.Value!) : null;
    }

    public async Task<SubjectId> ClaimEmailAsync(string emailIndex, SubjectId candidate, CancellationToken cancellationToken = default)
    {
        try
        {
            await tables.Lookup.AddEntityAsync(new TableEntity(Key(emailIndex), Row) { ["SubjectId"] = candidate.Value }, cancellationToken);
            return candidate;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return await FindByEmailAsync(emailIndex, cancellationToken)
                ?? throw new InvalidOperationException("An e-mail lookup vanished between insert and read.", e);
        }
    }

    public async Task ReleaseEmailAsync(string emailIndex, SubjectId subject, CancellationToken cancellationToken = default)
    {
        var found = await tables.Lookup.GetEntityIfExistsAsync<TableEntity>(Key(emailIndex), Row, cancellationToken: cancellationToken);
        if (found.HasValue && Holder(found.Value!) == subject)
        {
            // At the version read: an entry another subject took meanwhile is not ours to remove (412 is that case).
            try
            {
                await tables.Lookup.DeleteEntityAsync(Key(emailIndex), Row, found.Value!.ETag, cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status == 412)
            {
                return;
            }
        }
    }

    private static SubjectId Holder(TableEntity entry) => SubjectId.Parse(entry.GetString("SubjectId"));

    internal static string Key(string emailIndex) => $"email|{emailIndex}";
}
