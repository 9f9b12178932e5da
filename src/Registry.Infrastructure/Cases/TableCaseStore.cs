using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Registry.Cases;
using Registry.Infrastructure.Storage;

namespace Registry.Infrastructure.Cases;

/// <summary>
/// <see cref="ICaseStore"/> on the <c>Cases</c> table (layout in <see cref="CaseEntities"/>). Besides case
/// partitions it holds the per-year reference counter (<c>counter|{year}</c>, updated under its ETag: the one
/// deliberately hot row, at mailbox rates) and the message markers (<c>msg|{hash}</c>/<c>queue|{hash}</c>).
/// </summary>
public sealed class TableCaseStore(TableServiceClient service, IOptions<StorageNames> names) : ICaseStore
{
    private const int CounterAttempts = 20;
    private const string MarkerRow = "marker";
    private readonly TableClient _table = service.GetTableClient(names.Value.CasesTable);

    public async Task<CaseReference> NextReferenceAsync(int year, CancellationToken cancellationToken = default)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"counter|{year}");
        for (var attempt = 0; attempt < CounterAttempts; attempt++)
        {
            var current = await _table.GetEntityIfExistsAsync<TableEntity>(key, "counter", cancellationToken: cancellationToken);
            try
            {
                if (!current.HasValue)
                {
                    await _table.AddEntityAsync(new TableEntity(key, "counter") { ["Last"] = 1L }, cancellationToken);
                    return CaseReference.Create(year, 1);
                }

                var next = current.Value!.GetInt64("Last")!.Value + 1;
                current.Value["Last"] = next;
                await _table.UpdateEntityAsync(current.Value, current.Value.ETag, TableUpdateMode.Replace, cancellationToken);
                return CaseReference.Create(year, next);
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                // Another intake took this number first: read the counter again.
            }
        }

        throw new InvalidOperationException("The case reference counter stayed contended; the message will be retried.");
    }

    public async Task<CaseReference?> FindMessageAsync(string messageKey, CancellationToken cancellationToken = default)
    {
        var marker = await _table.GetEntityIfExistsAsync<TableEntity>(messageKey, MarkerRow, ["Reference"], cancellationToken);
        return marker.HasValue && CaseReference.TryParse(marker.Value!.GetString("Reference"), out var reference) ? reference : null;
    }

    public async Task<CaseReference> ClaimMessageAsync(string messageKey, CaseReference candidate, CancellationToken cancellationToken = default)
    {
        try
        {
            await _table.AddEntityAsync(new TableEntity(messageKey, MarkerRow) { ["Reference"] = candidate.Value }, cancellationToken);
            return candidate;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return await FindMessageAsync(messageKey, cancellationToken)
                ?? throw new InvalidOperationException("A message marker vanished between insert and read.", e);
        }
    }

    public async Task<bool> CreateAsync(SubjectCase subjectCase, CaseEvent opened, CancellationToken cancellationToken = default)
    {
        try
        {
            await _table.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.Add, CaseEntities.ToEntity(subjectCase)),
                new TableTransactionAction(TableTransactionActionType.Add, CaseEntities.ToEntity(subjectCase.Reference, opened)),
            ], cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    public async Task<StoredCase?> GetAsync(CaseReference reference, CancellationToken cancellationToken = default)
    {
        var found = await _table.GetEntityIfExistsAsync<TableEntity>(reference.Value, CaseEntities.CaseRow, cancellationToken: cancellationToken);
        return found.HasValue ? new StoredCase(CaseEntities.FromEntity(found.Value!), found.Value!.ETag.ToString()) : null;
    }

    public async Task<bool> UpdateAsync(SubjectCase changed, string version, CaseEvent happened, CancellationToken cancellationToken = default)
    {
        try
        {
            await _table.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.UpdateReplace, CaseEntities.ToEntity(changed), new ETag(version)),
                new TableTransactionAction(TableTransactionActionType.Add, CaseEntities.ToEntity(changed.Reference, happened)),
            ], cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }

    public async Task AppendEventAsync(CaseReference reference, CaseEvent happened, CancellationToken cancellationToken = default)
    {
        try
        {
            await _table.AddEntityAsync(CaseEntities.ToEntity(reference, happened), cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Already appended by an earlier delivery of the same message.
        }
    }

    public async Task<IReadOnlyList<CaseEvent>> TimelineAsync(CaseReference reference, CancellationToken cancellationToken = default)
    {
        var events = new List<CaseEvent>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {reference.Value} and RowKey ge {"event|"} and RowKey lt {"event}"}");
        await foreach (var entity in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            events.Add(CaseEntities.EventFromEntity(entity));
        }

        return events.OrderBy(e => e.At).ToList();
    }

    public async Task<IReadOnlyList<SubjectCase>> ListAsync(CaseStatus? status, DateOnly? dueBefore, CancellationToken cancellationToken = default)
    {
        // Cases are few (a mailbox's worth a year), so one filtered scan of the case rows is enough.
        var filter = TableClient.CreateQueryFilter($"RowKey eq {CaseEntities.CaseRow}");
        if (status is { } s)
        {
            filter += " and " + TableClient.CreateQueryFilter($"Status eq {Registry.Serialization.WireName<CaseStatus>.Of(s)}");
        }

        if (dueBefore is { } due)
        {
            filter += " and " + TableClient.CreateQueryFilter($"Deadline le {due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        }

        var cases = new List<SubjectCase>();
        await foreach (var entity in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            cases.Add(CaseEntities.FromEntity(entity));
        }

        return cases.OrderBy(c => c.Deadline).ThenBy(c => c.Reference.Value, StringComparer.Ordinal).ToList();
    }
}
