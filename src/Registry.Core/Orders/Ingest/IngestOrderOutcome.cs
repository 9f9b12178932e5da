using Registry.Subjects;

namespace Registry.Orders.Ingest;

/// <summary>The expected outcomes of storing an order; each maps to one HTTP answer.</summary>
public abstract record IngestOrderOutcome
{
    private IngestOrderOutcome()
    {
    }

    /// <summary>A new order was stored (201).</summary>
    public sealed record Created(SubjectId Subject, OrderRef Order) : IngestOrderOutcome;

    /// <summary>The same order was stored before: the first answer again, nothing written (200).</summary>
    public sealed record AlreadyStored(SubjectId Subject, OrderRef Order) : IngestOrderOutcome;

    /// <summary>The client reused an order id for different content (409).</summary>
    public sealed record ConflictingOrder : IngestOrderOutcome;

    /// <summary>Too many concurrent writers for one person: nothing was stored; retry shortly (503).</summary>
    public sealed record Contended : IngestOrderOutcome;
}
