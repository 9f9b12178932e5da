using Registry.Clients;
using Registry.Preferences;
using Registry.Subjects;

namespace Registry.Audiences;

/// <summary>
/// Disclosures of personal data to a recipient [S4], kept in each person's partition so an access answer
/// (Art. 15(1)(c)) names them and an erasure removes them with the rest.
/// </summary>
public interface IDisclosureLog
{
    Task RecordAsync(IReadOnlyList<DisclosureEntry> entries, CancellationToken cancellationToken = default);
}

/// <summary>
/// One person's data given to <paramref name="Recipient"/> for <paramref name="Purpose"/>: the categories [S2]
/// and the basis (<c>consent</c> or <c>legitimate_interest</c> when the default applied).
/// </summary>
public sealed record DisclosureEntry(
    string DisclosureId, SubjectId Subject, ClientId Recipient, ConsentPurpose Purpose, IReadOnlyList<string> Categories, string Basis, DateTimeOffset DisclosedAt);
