using Registry.Cases;
using Registry.Cases.Deadlines;
using Registry.Retention.Purge;

namespace Registry.Intake;

/// <summary>
/// Opens exactly one case per message key, however often it runs: the key is claimed for a reference
/// first (insert-if-absent), then the case is created under that reference (insert-if-absent). A crash
/// between the two leaves a claim whose case the redelivery creates; a lost race wastes one number.
/// </summary>
public sealed class CaseOpener(ICaseStore cases, PurgeScheduling? purgeScheduling = null)
{
    public async Task<StoredCase> OpenAsync(
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
        if (stored is null)
        {
            var opened = build(reference.Value);
            await cases.CreateAsync(opened, new CaseEvent
            {
                EventId = "opened",
                At = opened.ReceivedAt,
                Kind = CaseEventKind.Opened,
                Actor = "mailbox",
                StatusAfter = opened.Status,
            }, cancellationToken);
            stored = await cases.GetAsync(reference.Value, cancellationToken)
                ?? throw new InvalidOperationException("A case vanished right after it was created.");
        }

        return stored;
    }
}
