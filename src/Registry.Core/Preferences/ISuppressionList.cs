namespace Registry.Preferences;

/// <summary>
/// The blind indexes of every e-mail address whose owner objected to direct marketing, kept after the
/// person is erased so a later order or import cannot re-enrol them (Art. 21(3) with Art. 17(3)(b) and
/// Art. 6(1)(c): honouring the objection is a legal obligation, and only a keyed hash is kept).
/// </summary>
public interface ISuppressionList
{
    /// <summary>Records an objection at <paramref name="objectedAt"/>; keeps the latest time when there is one already.</summary>
    Task AddAsync(string emailIndex, DateTimeOffset objectedAt, CancellationToken cancellationToken = default);

    /// <summary>When the latest recorded objection for this e-mail happened; null when the e-mail is not suppressed.</summary>
    Task<DateTimeOffset?> FindAsync(string emailIndex, CancellationToken cancellationToken = default);
}
