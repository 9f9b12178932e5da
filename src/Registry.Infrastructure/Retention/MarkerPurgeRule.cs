using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Registry.Infrastructure.Tables;
using Registry.Retention;
using Registry.Retention.Purge;

namespace Registry.Infrastructure.Retention;

/// <summary>
/// <c>marker</c>: an intake dedupe marker in the Cases table (<c>msg|…</c>/<c>queue|…</c>, row <c>marker</c>) goes
/// <see cref="PurgeOptions.MarkerHours"/> after it was written (its table Timestamp: markers are never updated),
/// once a redelivery of its message can no longer be expected. Markers that are data (order claims) are not this rule's.
/// </summary>
public sealed class MarkerPurgeRule(RegistryTables tables, IOptions<PurgeOptions> options, TimeProvider time) : IPurgeRule
{
    private const string MarkerRow = "marker";

    public string Kind => PurgeKinds.Marker;

    public async Task<PurgeItemResult> ApplyAsync(ScheduledItem item, PurgeRun run, CancellationToken cancellationToken = default)
    {
        if (!item.Target.StartsWith("msg|", StringComparison.Ordinal) && !item.Target.StartsWith("queue|", StringComparison.Ordinal))
        {
            return new PurgeItemResult(new Dictionary<string, int>(), null, ["not an intake marker"]);
        }

        var marker = await tables.Cases.GetEntityIfExistsAsync<TableEntity>(item.Target, MarkerRow, cancellationToken: cancellationToken);
        if (!marker.HasValue || marker.Value!.Timestamp is not { } writtenAt)
        {
            return PurgeItemResult.Nothing;
        }

        var expiresAt = writtenAt.AddHours(options.Value.MarkerHours);
        if (time.GetUtcNow() < expiresAt)
        {
            return new PurgeItemResult(new Dictionary<string, int>(), DateOnly.FromDateTime(expiresAt.UtcDateTime), ["within the senders' retry horizon"]);
        }

        if (!run.DryRun)
        {
            await tables.Cases.DeleteEntityAsync(item.Target, MarkerRow, ETag.All, cancellationToken);
        }

        return new PurgeItemResult(new Dictionary<string, int> { ["dedupe-marker"] = 1 }, null, []);
    }
}
