using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Registry.Cases;
using Registry.Infrastructure.Storage;
using Registry.Privacy;
using Registry.Privacy.Encryption;
using Registry.Subjects;

namespace Registry.Infrastructure.Cases;

/// <summary>
/// <see cref="ICaseStore"/> on the <c>Cases</c> table (layout in <see cref="CaseEntities"/>). Besides case
/// partitions it holds the per-year reference counter (<c>counter|{year}</c>, updated under its ETag: the one
/// deliberately hot row, at mailbox rates) and the message markers (<c>msg|{hash}</c>/<c>queue|{hash}</c>). An event
/// appended with <see cref="AppendEventAsync"/> gets its <see cref="EventMarkers"/> row in the same transaction.
/// A case's personal property is sealed with the case's own data key, stored in its partition.
/// </summary>
public sealed class TableCaseStore(TableServiceClient service, IOptions<StorageNames> names, IFieldCipher cipher, IRegistrySecrets secrets) : ICaseStore
{
    private const int CounterAttempts = 20;
    private const string MarkerRow = "marker";
    private readonly TableClient _table = service.GetTableClient(names.Value.CasesTable);
    private readonly CaseKeys _keys = new(cipher, secrets);

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
        var keys = await _keys.OpenAsync(subjectCase.Reference, null, cancellationToken);
        var sealer = _keys.Sealer(keys);
        List<TableTransactionAction> actions =
        [
            new(TableTransactionActionType.Add, CaseEntities.ToEntity(subjectCase, sealer)),
            new(TableTransactionActionType.Add, CaseEntities.ToEntity(subjectCase.Reference, opened, sealer)),
        ];
        actions.AddRange(await _keys.NewKeyActionsAsync(keys, cancellationToken));
        try
        {
            await _table.SubmitTransactionAsync(actions, cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    public async Task<StoredCase?> GetAsync(CaseReference reference, CancellationToken cancellationToken = default)
    {
        // One request: the case row and its key row.
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {reference.Value} and (RowKey eq {CaseEntities.CaseRow} or RowKey eq {CaseKeys.KeyRow})");
        var rows = await RowsAsync(filter, cancellationToken);
        var row = rows.FirstOrDefault(r => r.RowKey == CaseEntities.CaseRow);
        if (row is null)
        {
            return null;
        }

        var keys = await _keys.OpenAsync(reference, rows.FirstOrDefault(r => r.RowKey == CaseKeys.KeyRow), cancellationToken);
        return new StoredCase(CaseEntities.FromEntity(row, _keys.Sealer(keys)), row.ETag.ToString());
    }

    public async Task<bool> UpdateAsync(SubjectCase changed, string version, CaseEvent happened, CancellationToken cancellationToken = default)
    {
        var keys = await KeysAsync(changed.Reference, cancellationToken);
        var sealer = _keys.Sealer(keys);
        List<TableTransactionAction> actions =
        [
            new(TableTransactionActionType.UpdateReplace, CaseEntities.ToEntity(changed, sealer), new ETag(version)),
            new(TableTransactionActionType.Add, CaseEntities.ToEntity(changed.Reference, happened, sealer)),
        ];
        actions.AddRange(await _keys.NewKeyActionsAsync(keys, cancellationToken));
        try
        {
            await _table.SubmitTransactionAsync(actions, cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }

    public async Task AppendEventAsync(CaseReference reference, CaseEvent happened, CancellationToken cancellationToken = default)
    {
        // The marker's key is the id alone: the event row's key holds the time, which differs between two deliveries
        // that each append at the time of their own attempt, so only the marker makes the second append conflict.
        var keys = await KeysAsync(reference, cancellationToken);
        List<TableTransactionAction> actions =
        [
            new(TableTransactionActionType.Add, EventMarkers.RecordedEntity(reference, happened)),
            new(TableTransactionActionType.Add, CaseEntities.ToEntity(reference, happened, _keys.Sealer(keys))),
        ];
        actions.AddRange(await _keys.NewKeyActionsAsync(keys, cancellationToken));
        try
        {
            await _table.SubmitTransactionAsync(actions, cancellationToken);
        }
        catch (TableTransactionFailedException e) when (e.Status == 409 && e.FailedTransactionActionIndex is 0 or 1)
        {
            // Already appended: the marker by an earlier delivery, or the event row alone (same id and time) by the code before markers.
        }
    }

    public async Task<IReadOnlyList<CaseEvent>> TimelineAsync(CaseReference reference, CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {reference.Value} and ((RowKey ge {"event|"} and RowKey lt {"event}"}) or RowKey eq {CaseKeys.KeyRow})");
        var rows = await RowsAsync(filter, cancellationToken);
        var sealer = _keys.Sealer(await _keys.OpenAsync(reference, rows.FirstOrDefault(r => r.RowKey == CaseKeys.KeyRow), cancellationToken));
        return rows.Where(r => r.RowKey != CaseKeys.KeyRow).Select(r => CaseEntities.EventFromEntity(r, sealer)).OrderBy(e => e.At).ToList();
    }

    public async Task<IReadOnlyList<SubjectCase>> ListAsync(CaseStatus? status, DateOnly? dueBefore, CancellationToken cancellationToken = default)
    {
        // Cases are few (a mailbox's worth a year), so one filtered scan of the case rows (and their key rows) is enough.
        var filter = TableClient.CreateQueryFilter($"RowKey eq {CaseEntities.CaseRow}");
        if (status is { } s)
        {
            filter += " and " + TableClient.CreateQueryFilter($"Status eq {Registry.Serialization.WireName<CaseStatus>.Of(s)}");
        }

        if (dueBefore is { } due)
        {
            filter += " and " + TableClient.CreateQueryFilter($"Deadline le {due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        }

        filter = $"({filter}) or {TableClient.CreateQueryFilter($"RowKey eq {CaseKeys.KeyRow}")}";
        var cases = new List<SubjectCase>();
        foreach (var partition in (await RowsAsync(filter, cancellationToken)).GroupBy(r => r.PartitionKey))
        {
            if (partition.FirstOrDefault(r => r.RowKey == CaseEntities.CaseRow) is { } row && CaseReference.TryParse(row.PartitionKey, out var reference))
            {
                var keys = await _keys.OpenAsync(reference, partition.FirstOrDefault(r => r.RowKey == CaseKeys.KeyRow), cancellationToken);
                cases.Add(CaseEntities.FromEntity(row, _keys.Sealer(keys)));
            }
        }

        return cases.OrderBy(c => c.Deadline).ThenBy(c => c.Reference.Value, StringComparer.Ordinal).ToList();
    }

    public async Task<IReadOnlyList<SubjectCase>> ListBySubjectAsync(SubjectId subject, CancellationToken cancellationToken = default)
    {
        // SubjectId is a plain property of the case row, so one filtered scan finds the references; each case is then
        // read with its own key row, as GetAsync does.
        var filter = TableClient.CreateQueryFilter($"RowKey eq {CaseEntities.CaseRow} and SubjectId eq {subject.Value}");
        var found = new List<SubjectCase>();
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, select: ["PartitionKey"], cancellationToken: cancellationToken))
        {
            if (CaseReference.TryParse(row.PartitionKey, out var reference) && await GetAsync(reference, cancellationToken) is { } stored)
            {
                found.Add(stored.Case);
            }
        }

        return found.OrderBy(c => c.ReceivedAt).ToList();
    }

    private async Task<Keyring> KeysAsync(CaseReference reference, CancellationToken cancellationToken)
    {
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(reference.Value, CaseKeys.KeyRow, cancellationToken: cancellationToken);
        return await _keys.OpenAsync(reference, row.HasValue ? row.Value : null, cancellationToken);
    }

    private async Task<List<TableEntity>> RowsAsync(string filter, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        await foreach (var entity in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(entity);
        }

        return rows;
    }
}
