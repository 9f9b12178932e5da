using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Registry.Clients;
using Registry.Clients.Signing;
using Registry.Infrastructure.Tables;

namespace Registry.Infrastructure.Clients;

/// <summary>
/// The <c>Dedupe</c> table: one entity per client and <c>webhook-id</c> (PartitionKey <c>{client}|{SHA-256 of the id}</c>,
/// so writes spread and no sender text is a key), holding the request's digest, the claim's state and the first answer.
/// A table has no TTL: an entry past <c>ExpiresAt</c> counts as absent and the next claim of its id overwrites it at
/// its version, and the nightly purge deletes the rest (<see cref="WebhookIdSweep"/>).
/// A first delivery costs one insert and one update; a replay one failed insert and one point read.
/// </summary>
public sealed class TableWebhookIdLedger(RegistryTables tables, TimeProvider time) : IWebhookIdLedger
{
    private const string Row = "request";
    private const string Pending = "pending";
    private const string Answered = "answered";
    private const int MaxAttempts = 4;

    /// <summary>A claim older than this whose answer never came was abandoned (a crashed instance): the id may be claimed again.</summary>
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    public async Task<WebhookIdClaim> ClaimAsync(ClientId client, string webhookId, string fingerprint, CancellationToken cancellationToken = default)
    {
        var key = Key(client, webhookId);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var now = time.GetUtcNow();
            var claim = new TableEntity(key, Row)
            {
                ["Fingerprint"] = fingerprint, ["State"] = Pending, ["ClaimedAt"] = now, ["ExpiresAt"] = now + WebhookVerifier.ReplayWindow,
            };
            try
            {
                var added = await tables.Dedupe.AddEntityAsync(claim, cancellationToken);
                return new WebhookIdClaim.Claimed(new WebhookIdTicket(client, webhookId, added.Headers.ETag.ToString()!));
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
                // Known id: read what the first delivery left.
            }

            var found = await tables.Dedupe.GetEntityIfExistsAsync<TableEntity>(key, Row, cancellationToken: cancellationToken);
            if (!found.HasValue)
            {
                continue; // released in between: claim again
            }

            var entry = found.Value!;
            if (IsStale(entry, now))
            {
                try
                {
                    var replaced = await tables.Dedupe.UpdateEntityAsync(claim, entry.ETag, TableUpdateMode.Replace, cancellationToken);
                    return new WebhookIdClaim.Claimed(new WebhookIdTicket(client, webhookId, replaced.Headers.ETag.ToString()!));
                }
                catch (RequestFailedException e) when (e.Status is 404 or 412)
                {
                    continue; // another delivery took it over first
                }
            }

            return entry.GetString("Fingerprint") != fingerprint ? new WebhookIdClaim.OtherRequest()
                : entry.GetString("State") == Pending ? new WebhookIdClaim.InProgress()
                : new WebhookIdClaim.Answered(Answer(entry));
        }

        return new WebhookIdClaim.InProgress();
    }

    public async Task CompleteAsync(WebhookIdTicket ticket, RememberedAnswer? answer, CancellationToken cancellationToken = default)
    {
        var entity = new TableEntity(Key(ticket.Client, ticket.WebhookId), Row) { ["State"] = Answered };
        if (answer is not null)
        {
            entity["Status"] = answer.Status;
            entity["Kind"] = answer.Kind;
            entity["Body"] = answer.Body;
        }

        try
        {
            // Merge keeps the fingerprint and times of the claim; the version makes sure it is still ours.
            await tables.Dedupe.UpdateEntityAsync(entity, new ETag(ticket.Version), TableUpdateMode.Merge, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            // The claim outlived its lease and another delivery took it over: that one's answer will be kept.
        }
    }

    public async Task ReleaseAsync(WebhookIdTicket ticket, CancellationToken cancellationToken = default)
    {
        try
        {
            await tables.Dedupe.DeleteEntityAsync(Key(ticket.Client, ticket.WebhookId), Row, new ETag(ticket.Version), cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            // Already gone or taken over: nothing of ours to release.
        }
    }

    private static bool IsStale(TableEntity entry, DateTimeOffset now) =>
        entry.GetDateTimeOffset("ExpiresAt") is not { } expires || expires <= now
        || (entry.GetString("State") == Pending && entry.GetDateTimeOffset("ClaimedAt") is { } claimed && claimed + Lease <= now);

    private static RememberedAnswer? Answer(TableEntity entry) =>
        entry.GetInt32("Status") is { } status && entry.GetString("Kind") is { } kind && entry.GetString("Body") is { } body
            ? new RememberedAnswer(status, kind, body)
            : null;

    private static string Key(ClientId client, string webhookId) =>
        $"{client.Value}|{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(webhookId)))}";
}
