using Registry.Preferences;
using Registry.Subjects;

namespace Registry.Audiences;

/// <summary>
/// Ask for one page of the people who may be contacted for <paramref name="Purpose"/>, carrying only the
/// <paramref name="Categories"/> the client is granted for it.
/// </summary>
public sealed record AudiencePageQuery(
    Clients.ClientId Client, ConsentPurpose Purpose, SubjectId? After, int PageSize, IReadOnlySet<Clients.Grants.DataCategory> Categories);

/// <summary>A page of contactable people; <paramref name="Next"/> is where the next page starts, null when this is the last.</summary>
public sealed record AudiencePage(IReadOnlyList<AudienceMember> Members, SubjectId? Next, string DisclosureId);

/// <summary>One person to contact: only the granted values (the rest null), and the categories of data the page disclosed about them.</summary>
public sealed record AudienceMember(SubjectId Subject, CustomerProfile Contact, IReadOnlyList<string> Categories);
