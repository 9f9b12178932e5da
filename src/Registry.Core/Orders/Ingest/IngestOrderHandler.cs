using Microsoft.Extensions.Logging;
using Registry.Orders.Storage;
using Registry.Preferences;
using Registry.Privacy;
using Registry.Retention;
using Registry.Serialization;
using Registry.Subjects;
using Registry.Telemetry;

namespace Registry.Orders.Ingest;

/// <summary>
/// Stores an order once, under one subject, whatever retries, duplicates and crashes happen.
/// Order of requests: e-mail lookup (with its suppression), (client, order id) claim, retention schedule, then the subject's
/// transaction, which is the commit point. Anything written before it is harmless on its own and is
/// completed or reused by the next attempt, so an unanswered request can always be retried.
/// A returning customer's order usually needs no more: lookup, claim, and a transaction that appends without reading
/// the partition (<see cref="BlindCommit"/>); one that might need an earlier review, or a person without a profile, reads.
/// </summary>
public sealed partial class IngestOrderHandler(
    ISubjectLookup lookup,
    IOrderClaims claims,
    ISubjectPartitions partitions,
    IRetentionSchedule schedule,
    IBlindIndex blindIndex,
    ISuppressionList suppression,
    RetentionCalendar calendar,
    IngestionLimits limits,
    RegistryMetrics metrics,
    TimeProvider time,
    ILogger<IngestOrderHandler> logger)
{
    private const int MaxAttempts = 12;

    /// <summary>A claim older than this with no stored order belongs to an attempt that died.</summary>
    private static readonly TimeSpan AbandonedClaimAge = TimeSpan.FromMinutes(5);

    public async Task<IngestOrderOutcome> HandleAsync(IngestOrderCommand command, CancellationToken cancellationToken = default)
    {
        var (client, order) = (command.Client, command.Order);
        var emailIndex = await blindIndex.ForEmailAsync(order.Customer.Email, cancellationToken);
        var (subject, isNew, suppressedSince) = await ResolveSubjectAsync(emailIndex, cancellationToken);

        var fingerprint = await blindIndex.ForOrderContentAsync(client, order, cancellationToken);
        var claim = new OrderClaim(client, order.OrderId, subject, OrderRef.New(), fingerprint, time.GetUtcNow());
        var claimed = await claims.TryClaimAsync(claim, cancellationToken);
        claim = claimed.Inserted ?? claim;
        if (claimed.Existing is { } existing)
        {
            var resolved = await ResolveExistingClaimAsync(claim, existing, cancellationToken);
            if (resolved.Outcome is not null)
            {
                return resolved.Outcome;
            }

            (claim, isNew) = (resolved.Claim!, isNew && resolved.Claim!.Subject == subject);
        }

        // Before the commit, so an acknowledged objection always has its suppression entry.
        if (order.Preferences.FirstOrDefault(p => p.Purpose == ConsentPurpose.DirectMarketing && p.State == PreferenceState.Objected) is not null)
        {
            await suppression.AddAsync(emailIndex, order.PlacedAt, cancellationToken);
        }

        return await WriteAsync(claim, order, isNew, suppressedSince, cancellationToken);
    }

    /// <summary>
    /// One read answers who holds the e-mail and whether it is suppressed (the suppression lives in the same lookup
    /// entry, so it outlives an erasure and a new customer pays no separate read for it).
    /// </summary>
    private async Task<(SubjectId Subject, bool IsNew, DateTimeOffset? SuppressedSince)> ResolveSubjectAsync(string emailIndex, CancellationToken cancellationToken)
    {
        var entry = await lookup.FindEmailAsync(emailIndex, cancellationToken);
        if (entry.Subject is { } known)
        {
            return (known, false, entry.SuppressedSince);
        }

        var candidate = SubjectId.New();
        var holder = await lookup.ClaimEmailAsync(emailIndex, candidate, cancellationToken);
        return (holder, holder == candidate, entry.SuppressedSince);
    }

    private async Task<(IngestOrderOutcome? Outcome, OrderClaim? Claim)> ResolveExistingClaimAsync(
        OrderClaim attempt, ExistingClaim existing, CancellationToken cancellationToken)
    {
        var earlier = existing.Claim;
        var stored = await partitions.HasOrderAsync(earlier.Subject, earlier.OrderRef, cancellationToken);
        if (earlier.ContentHash == attempt.ContentHash)
        {
            // A retry or replay: answer as the first time, or finish what the first attempt started.
            return stored ? (new IngestOrderOutcome.AlreadyStored(earlier.Subject, earlier.OrderRef), null) : (null, earlier);
        }

        if (stored || time.GetUtcNow() - earlier.ClaimedAt < AbandonedClaimAge)
        {
            LogConflictingOrder(logger, attempt.Client.Value, attempt.OrderId.Value);
            return (new IngestOrderOutcome.ConflictingOrder(), null);
        }

        // The earlier attempt with other content was never stored nor acknowledged: this one replaces it.
        return await claims.TryTakeOverAsync(attempt, existing.ETag, cancellationToken) is { } taken
            ? (null, taken)
            : (new IngestOrderOutcome.ConflictingOrder(), null);
    }

    private async Task<IngestOrderOutcome> WriteAsync(
        OrderClaim claim, ValidatedOrder order, bool isNew, DateTimeOffset? suppressedSince, CancellationToken cancellationToken)
    {
        // No stored activity is later than now plus the placed-at tolerance: what the blind path's review condition needs.
        if (!isNew && OrderIngestionPlan.Blind(claim, order, calendar, time.GetUtcNow() + limits.FutureTolerance) is { } blind)
        {
            switch (await partitions.CommitBlindAsync(blind, cancellationToken))
            {
                case CommitOutcome.Committed:
                    return Stored(claim, order, attempt: 0);
                case CommitOutcome.AlreadyRecorded:
                    return new IngestOrderOutcome.AlreadyStored(claim.Subject, claim.OrderRef);
                case CommitOutcome.Conflict:
                    break; // no profile row: the reading path decides as for anyone
            }
        }

        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var record = isNew
                ? SubjectRecord.New(claim.Subject)
                : await partitions.ReadForIngestionAsync(claim.Subject, cancellationToken) ?? SubjectRecord.New(claim.Subject);

            // Only a subject with no stored profile can lack an objection the suppression list holds (a returning
            // customer's own ledger has it); the lookup's read brought the suppression along, so it costs no request.
            var suppressed = record.ProfileETag is null ? suppressedSince : null;
            var plan = OrderIngestionPlan.For(record, claim, order, calendar, suppressed);
            if (plan.ScheduleReviewOn is { } reviewOn)
            {
                await schedule.ScheduleSubjectReviewAsync(claim.Subject, reviewOn, cancellationToken);
            }

            switch (await partitions.CommitOrderAsync(plan.Commit, cancellationToken))
            {
                case CommitOutcome.Committed:
                    return Stored(claim, order, attempt);
                case CommitOutcome.AlreadyRecorded:
                    return new IngestOrderOutcome.AlreadyStored(claim.Subject, claim.OrderRef);
                case CommitOutcome.Conflict:
                    isNew = false;
                    await Task.Delay(Backoff(attempt), time, cancellationToken);
                    break;
            }
        }

        LogContended(logger, claim.Subject.Value, claim.OrderRef.Value);
        return new IngestOrderOutcome.Contended();
    }

    private IngestOrderOutcome.Created Stored(OrderClaim claim, ValidatedOrder order, int attempt)
    {
        // Counted here, at the one write that stores the order: a retry or replay ends in AlreadyStored.
        metrics.OrderIngested(order.Channel.ToWire());
        LogOrderStored(logger, claim.Subject.Value, claim.OrderRef.Value, claim.Client.Value, attempt);
        return new IngestOrderOutcome.Created(claim.Subject, claim.OrderRef);
    }

    private static TimeSpan Backoff(int attempt) =>
        TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20) * Math.Min(attempt, 8));

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderRef} stored for subject {SubjectId} from client {ClientId} (attempt {Attempt}; 0: without reading the partition)")]
    private static partial void LogOrderStored(ILogger logger, string subjectId, string orderRef, string clientId, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Client {ClientId} reused order id {ClientOrderId} for different content")]
    private static partial void LogConflictingOrder(ILogger logger, string clientId, string clientOrderId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {OrderRef} for subject {SubjectId} gave up after repeated concurrent changes")]
    private static partial void LogContended(ILogger logger, string subjectId, string orderRef);
}
