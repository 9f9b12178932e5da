using Registry.Cases;
using Registry.Cases.Deadlines;
using Registry.Retention.Purge;
using Registry.Telemetry;

namespace Registry.Intake;

/// <summary>
/// Opens exactly one case per message key, however often it runs: the key is claimed for a reference
/// first (insert-if-absent), then the case is created under that reference (insert-if-absent). A crash
/// between the two leaves a claim whose case the redelivery creates; a lost race wastes one number.
/// Only the attempt whose insert created the case says so (and counts it), so a redelivery is not a new case.
/// </summary>
public sealed class CaseOpener(ICaseStore cases, RegistryMetrics metrics, PurgeScheduling? purgeScheduling = null)
{
    public async Task<CaseOpening> OpenAsync(
        string messageKey, DateTimeOffset receivedAt, Func<CaseReference, SubjectCase> build, CancellationToken cancellationToken = default)
    {
        var reference = await cases.FindMessageAsync(messageKey, cancellationToken);
        if (reference is null)
        {
            var year = DeadlineCalculator.ReceiptDay(receivedAt).Year;
            var candidate = await cases.NextReferenceAsync(year, cancellationToken);

            // Before the claim: the marker's expiry is scheduled even if the claim is the last thing this attempt does.
            if (purgeScheduling is not null)
            {
                await purgeScheduling.MarkerAsync(messageKey, cancellationToken);
            }

            reference = await cases.ClaimMessageAsync(messageKey, candidate, cancellationToken);
        }

        var stored = await cases.GetAsync(reference.Value, cancellationToken);
        var created = false;
        if (stored is null)
        {
            var opened = build(reference.Value);
            created = await cases.CreateAsync(opened, new CaseEvent
            {
                EventId = "opened",
                At = opened.ReceivedAt,
                Kind = CaseEventKind.Opened,
                Actor = "mailbox",
                StatusAfter = opened.Status,
            }, cancellationToken);
            if (created)
            {
                metrics.CaseOpened(opened.Triage is not null);
            }

            stored = await cases.GetAsync(reference.Value, cancellationToken)
                ?? throw new InvalidOperationException("A case vanished right after it was created.");
        }

        return new CaseOpening(stored, created);
    }
}

/// <summary>The one case of a message key, and whether this call is the one that created it.</summary>
public sealed record CaseOpening(StoredCase Stored, bool Created);
