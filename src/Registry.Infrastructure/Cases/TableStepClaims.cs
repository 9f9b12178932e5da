using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Registry.Cases;
using Registry.Execution;
using Registry.Infrastructure.Storage;
using Registry.Privacy;
using Registry.Privacy.Encryption;

namespace Registry.Infrastructure.Cases;

/// <summary>
/// <see cref="IStepClaims"/> on the case's <c>once|{eventId}</c> row (<see cref="EventMarkers"/>): a claim is an
/// insert-if-absent, a stale claim is taken over under its ETag, and the record replaces the claim under the ETag the
/// claim returned in the same entity-group transaction that appends the event, so a step is recorded once or not at all.
/// </summary>
public sealed class TableStepClaims(TableServiceClient service, IOptions<StorageNames> names, IFieldCipher cipher, IRegistrySecrets secrets) : IStepClaims
{
    private const int Attempts = 3;
    private readonly TableClient _table = service.GetTableClient(names.Value.CasesTable);
    private readonly CaseKeys _keys = new(cipher, secrets);

    public async Task<StepClaim> ClaimAsync(
        CaseReference reference, string eventId, string token, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        var claim = EventMarkers.ClaimedEntity(reference, eventId, token, now);
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            try
            {
                var added = await _table.AddEntityAsync(claim, cancellationToken);
                return new StepClaim.Claimed(eventId, Version(added));
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
                // Claimed or recorded already: read which.
            }

            var found = await _table.GetEntityIfExistsAsync<TableEntity>(reference.Value, EventMarkers.Row(eventId), cancellationToken: cancellationToken);
            if (!found.HasValue)
            {
                continue;
            }

            var existing = EventMarkers.Read(found.Value!);
            if (existing is not StepClaim.Held held || held.Since + lease > now)
            {
                return existing;
            }

            try
            {
                // The execution that holds it died outright (one that failed gives it back): take it over.
                var taken = await _table.UpdateEntityAsync(claim, found.Value!.ETag, TableUpdateMode.Replace, cancellationToken);
                return new StepClaim.Claimed(eventId, Version(taken));
            }
            catch (RequestFailedException e) when (e.Status is 404 or 412)
            {
                // Given back, recorded or taken over meanwhile: read it again.
            }
        }

        throw new InvalidOperationException("A step's claim kept changing; the message will be retried.");
    }

    public async Task<bool> RecordAsync(CaseReference reference, StepClaim.Claimed claim, CaseEvent happened, CancellationToken cancellationToken = default)
    {
        var keyRow = await _table.GetEntityIfExistsAsync<TableEntity>(reference.Value, CaseKeys.KeyRow, cancellationToken: cancellationToken);
        var keys = await _keys.OpenAsync(reference, keyRow.HasValue ? keyRow.Value : null, cancellationToken);
        List<TableTransactionAction> actions =
        [
            new(TableTransactionActionType.UpdateReplace, EventMarkers.RecordedEntity(reference, happened), new ETag(claim.Version)),
            new(TableTransactionActionType.Add, CaseEntities.ToEntity(reference, happened, _keys.Sealer(keys))),
        ];
        actions.AddRange(await _keys.NewKeyActionsAsync(keys, cancellationToken));
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

    public async Task ReleaseAsync(CaseReference reference, string eventId, string token, CancellationToken cancellationToken = default)
    {
        var found = await _table.GetEntityIfExistsAsync<TableEntity>(reference.Value, EventMarkers.Row(eventId), cancellationToken: cancellationToken);
        if (!found.HasValue || !EventMarkers.IsClaimedBy(found.Value!, token))
        {
            return;
        }

        try
        {
            await _table.DeleteEntityAsync(reference.Value, EventMarkers.Row(eventId), found.Value!.ETag, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            // Recorded or taken over since it was read: no longer this execution's to give back.
        }
    }

    private static string Version(Response response) =>
        response.Headers.ETag?.ToString() ?? throw new InvalidOperationException("Table storage answered a write without an ETag.");
}
