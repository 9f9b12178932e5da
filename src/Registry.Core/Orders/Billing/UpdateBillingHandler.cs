using Microsoft.Extensions.Logging;
using Registry.Clients;
using Registry.Orders.Storage;
using Registry.Subjects;

namespace Registry.Orders.Billing;

/// <summary>Store one validated billing change for an order the same client posted.</summary>
public sealed record UpdateBillingCommand(ClientId Client, ClientOrderId OrderId, BillingChange Change);

/// <summary>The expected outcomes of a billing change.</summary>
public abstract record UpdateBillingOutcome
{
    private UpdateBillingOutcome()
    {
    }

    /// <summary>The order's status now; <paramref name="Recorded"/> is false when the same change was already in the history.</summary>
    public sealed record Updated(OrderRef Order, BillingChange Current, bool Recorded) : UpdateBillingOutcome;

    public sealed record OrderNotFound : UpdateBillingOutcome;

    public sealed record Contended : UpdateBillingOutcome;
}

/// <summary>
/// Records invoice status changes. The change with the latest effective date is the current status
/// (erasure holds read it); the history keeps every distinct change, and a repeated one changes nothing.
/// </summary>
public sealed partial class UpdateBillingHandler(IOrderClaims claims, IBillingRecords billing, ILogger<UpdateBillingHandler> logger)
{
    private const int MaxAttempts = 8;

    public async Task<UpdateBillingOutcome> HandleAsync(UpdateBillingCommand command, CancellationToken cancellationToken = default)
    {
        if (await claims.FindAsync(command.Client, command.OrderId, cancellationToken) is not { } claim)
        {
            return new UpdateBillingOutcome.OrderNotFound();
        }

        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            if (await billing.ReadAsync(claim.Subject, claim.OrderRef, cancellationToken) is not { } state)
            {
                return new UpdateBillingOutcome.OrderNotFound();
            }

            var change = command.Change;
            var becomesCurrent = state.StatusDate is not { } current || change.Date >= current;
            switch (await billing.CommitAsync(claim.Subject, claim.OrderRef, state, change, becomesCurrent, cancellationToken))
            {
                case CommitOutcome.Committed:
                    LogBillingChanged(logger, claim.OrderRef.Value, claim.Subject.Value, change.Status);
                    var now = becomesCurrent ? change : new BillingChange(state.Status, state.StatusDate!.Value);
                    return new UpdateBillingOutcome.Updated(claim.OrderRef, now, Recorded: true);
                case CommitOutcome.AlreadyRecorded:
                    var latest = await billing.ReadAsync(claim.Subject, claim.OrderRef, cancellationToken);
                    return new UpdateBillingOutcome.Updated(
                        claim.OrderRef, new BillingChange(latest!.Status, latest.StatusDate ?? change.Date), Recorded: false);
                case CommitOutcome.Conflict:
                    break;
            }
        }

        return new UpdateBillingOutcome.Contended();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Billing of order {OrderRef} (subject {SubjectId}) changed to {Status}")]
    private static partial void LogBillingChanged(ILogger logger, string orderRef, string subjectId, InvoiceStatus status);
}
