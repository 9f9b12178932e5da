namespace Registry.Erasure;

/// <summary>
/// What is left of a person after anonymisation: where (country and postal-code area) and what (order dates and
/// sums), with a random id that nothing else stores. No name, contact, street, order number or subject id.
/// </summary>
public sealed record AnonymousRecord(string Id, string? Country, string? PostalArea, IReadOnlyList<AnonymousOrder> Orders);

/// <summary>One order as a statistic: the day, the sum and its currency.</summary>
public sealed record AnonymousOrder(DateOnly PlacedOn, decimal Total, string Currency);

/// <summary>The <c>Statistics</c> store of anonymous records.</summary>
public interface IAnonymousStatistics
{
    /// <summary>Writes the record under its id: writing the same record again leaves one.</summary>
    Task RecordAsync(AnonymousRecord record, CancellationToken cancellationToken = default);

    /// <summary>
    /// The id to use for a person's record, the same on every retry until the person is erased: kept in the
    /// person's own partition (created on first call) and erased with it, so no link survives.
    /// </summary>
    Task<string> RecordIdForAsync(Subjects.SubjectId subject, CancellationToken cancellationToken = default);
}
