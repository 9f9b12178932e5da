using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Registry.Cases;
using Registry.Infrastructure.Cases;
using Registry.Infrastructure.Storage;
using Registry.Letters;
using Registry.Letters.Delivery;
using Registry.Privacy;
using Registry.Privacy.Encryption;

namespace Registry.Infrastructure.Letters;

/// <summary><see cref="ILetterStore"/> on the <c>Cases</c> table (layout in <see cref="LetterEntities"/>).</summary>
public sealed class TableLetterStore(TableServiceClient service, IOptions<StorageNames> names, IFieldCipher cipher, IRegistrySecrets secrets) : ILetterStore
{
    private readonly TableClient _table = service.GetTableClient(names.Value.CasesTable);
    private readonly CaseKeys _keys = new(cipher, secrets);

    public async Task PutAsync(OutboundLetter letter, DateTimeOffset queuedAt, CancellationToken cancellationToken = default)
    {
        List<TableTransactionAction> actions;
        if (letter.CaseReference is { } reference)
        {
            var keys = await KeysAsync(reference, null, cancellationToken);
            actions = [new(TableTransactionActionType.Add, LetterEntities.ToEntity(letter, queuedAt, _keys.Sealer(keys)))];
            actions.AddRange(await _keys.NewKeyActionsAsync(keys, cancellationToken));
        }
        else if (letter.Kind == LetterKind.DeadlineReminder)
        {
            actions = [new(TableTransactionActionType.Add, LetterEntities.ToEntity(letter, queuedAt, null))];
        }
        else
        {
            throw new InvalidOperationException($"Letter {letter.LetterId} has no case to be sealed under; only the deadline reminder (no personal data) may.");
        }

        try
        {
            await _table.SubmitTransactionAsync(actions, cancellationToken);
        }
        catch (TableTransactionFailedException e) when (e.Status == 409 && e.FailedTransactionActionIndex == 0)
        {
            // Stored by an earlier attempt of the same producer: its state stays as it is.
        }
    }

    public async Task<StoredLetter?> GetAsync(LetterReference reference, CancellationToken cancellationToken = default)
    {
        var row = LetterEntities.Row(reference.LetterId);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {LetterEntities.Partition(reference)} and (RowKey eq {row} or RowKey eq {CaseKeys.KeyRow})");
        var rows = new List<TableEntity>();
        await foreach (var entity in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(entity);
        }

        if (rows.Find(r => r.RowKey == row) is not { } letter)
        {
            return null;
        }

        var keyRow = rows.Find(r => r.RowKey == CaseKeys.KeyRow);
        var sealer = reference.CaseReference is { } caseReference && keyRow is not null
            ? _keys.Sealer(await _keys.OpenAsync(caseReference, keyRow, cancellationToken))
            : null;
        return LetterEntities.FromEntity(letter, sealer);
    }

    public async Task<string?> ClaimAsync(LetterReference reference, string version, int attempts, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        try
        {
            var response = await _table.UpdateEntityAsync(LetterEntities.Claim(reference, attempts, now), new ETag(version), TableUpdateMode.Merge, cancellationToken);
            return response.Headers.ETag?.ToString();
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return null;
        }
    }

    public async Task<bool> RecordAsync(LetterReference reference, string version, LetterOutcome outcome, CaseEvent? timeline, CancellationToken cancellationToken = default)
    {
        List<TableTransactionAction> actions = [new(TableTransactionActionType.UpdateMerge, LetterEntities.Outcome(reference, outcome), new ETag(version))];
        if (timeline is not null && reference.CaseReference is { } caseReference)
        {
            var keys = await KeysAsync(caseReference, null, cancellationToken);
            actions.Add(new(TableTransactionActionType.Add, CaseEntities.ToEntity(caseReference, timeline, _keys.Sealer(keys))));
            actions.AddRange(await _keys.NewKeyActionsAsync(keys, cancellationToken));
        }

        try
        {
            await _table.SubmitTransactionAsync(actions, cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException e) when (e.Status is 404 or 409 or 412)
        {
            return false;
        }
    }

    private async Task<Keyring> KeysAsync(CaseReference reference, TableEntity? keyRow, CancellationToken cancellationToken)
    {
        if (keyRow is null)
        {
            var found = await _table.GetEntityIfExistsAsync<TableEntity>(reference.Value, CaseKeys.KeyRow, cancellationToken: cancellationToken);
            keyRow = found.HasValue ? found.Value : null;
        }

        return await _keys.OpenAsync(reference, keyRow, cancellationToken);
    }
}
