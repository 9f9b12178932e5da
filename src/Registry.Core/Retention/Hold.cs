using Registry.Orders;

namespace Registry.Retention;

/// <summary>Why data may not be erased yet [S4-erasure]; each kind names the law or interest behind it.</summary>
public enum HoldKind
{
    /// <summary>An unpaid invoice: the claim is the company's legitimate interest and a legal claim (Art. 17(3)(e)).</summary>
    OpenInvoice,

    /// <summary>The claim is with debt collection (Act on Debt Collection 513/1999; Art. 17(3)(e)).</summary>
    DebtCollection,

    /// <summary>The order's vouchers are kept for the Accounting Act period (1336/1997 ch. 2 §10; Art. 17(3)(b)).</summary>
    AccountingRetention,

    /// <summary>The privacy officer holds the data for a legal claim (Art. 17(3)(e)).</summary>
    LegalClaim,
}

/// <summary>
/// One hold on a person's accounting data: its kind, the order it holds (none for a legal claim), and the
/// last day it holds, when that is known (an open invoice holds until it is paid, a day nobody knows yet).
/// </summary>
public sealed record Hold(HoldKind Kind, OrderRef? Order, DateOnly? Until);
