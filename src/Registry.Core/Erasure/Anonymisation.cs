using Registry.Subjects;

namespace Registry.Erasure;

/// <summary>
/// Replaces a person with an <see cref="AnonymousRecord"/>, then erases them: completely where the law allows,
/// else as an erasure with holds (the held accounting records stay until the purge finishes). Used for a subject's
/// anonymisation request and for a profile that has been inactive for the configured years.
/// </summary>
public sealed class Anonymisation(IAnonymousStatistics statistics, SubjectErasure erasure)
{
    public async Task<ErasurePlan> AnonymiseAsync(SubjectData data, string? pendingCase, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        // A retry after the profile was erased must not count the person twice: the statistic is made from a live profile only.
        if (data.Profile is { Erased: false } profile)
        {
            var id = await statistics.RecordIdForAsync(data.Subject, cancellationToken);
            await statistics.RecordAsync(Describe(id, profile, data), cancellationToken);
        }

        return await erasure.EraseAsync(data, pendingCase, now, cancellationToken);
    }

    public static AnonymousRecord Describe(string id, CustomerProfile profile, SubjectData data)
    {
        var address = profile.Address?.Value ?? data.Orders.OrderByDescending(o => o.PlacedAt).Select(o => o.BillTo?.Address).FirstOrDefault(a => a is not null);
        return new AnonymousRecord(
            id,
            address?.Country,
            address is null ? null : PostalArea(address.PostalCode),
            data.Orders.OrderBy(o => o.PlacedAt).Select(o => new AnonymousOrder(DateOnly.FromDateTime(o.PlacedAt.DateTime), o.Total, o.Currency)).ToList());
    }

    /// <summary>
    /// The first two characters of the postal code: in Finland the postal district (00 = Helsinki, 33 = Tampere),
    /// an area of tens of thousands of people, so it does not point at a street or a village.
    /// </summary>
    public static string PostalArea(string postalCode)
    {
        var code = postalCode.Trim();
        return code.Length <= 2 ? code : code[..2] + new string('x', code.Length - 2);
    }
}
