using Registry.Audiences;
using Registry.Cases;
using Registry.Clients;
using Registry.Subjects;

namespace Registry.Rectification;

/// <summary>
/// Decides, without I/O, what a rectification changes and whom it tells (Art. 16, 19). A change takes provenance
/// <c>rectification</c> (this case) at a time later than the value it replaces, so no older order arriving late can
/// undo it. A value that already carries this case's provenance was applied by an earlier attempt: it is neither
/// written nor notified again. Notices go to the client the wrong value came from, and to every recipient the
/// value's category was disclosed to; one notice per client covers all its fields.
/// </summary>
public sealed record RectificationPlan(
    CustomerProfile? Profile,
    IReadOnlyList<ProfileField> Applied,
    IReadOnlyList<ProfileField> AlreadyApplied,
    IReadOnlyList<ProfileField> Unchanged,
    IReadOnlyDictionary<ClientId, NoticeFields> Notices)
{
    public static RectificationPlan For(
        CustomerProfile current, IReadOnlyList<RectificationChange> changes, IReadOnlyList<DisclosureEntry> disclosures, CaseReference reference, DateTimeOffset now)
    {
        var profile = current;
        List<ProfileField> applied = [], already = [], unchanged = [];
        var notices = new Dictionary<ClientId, NoticeFields>();
        foreach (var change in changes)
        {
            var stored = StoredProvenance(current, change.Field);
            if (stored is { Source: ProvenanceSources.Rectification } && stored.Reference == reference.Value)
            {
                already.Add(change.Field);
                continue;
            }

            if (HasValue(current, change))
            {
                unchanged.Add(change.Field);
                continue;
            }

            var provenance = new Provenance(ProvenanceSources.Rectification, ProvenanceSources.Register, Later(now, stored), reference.Value);
            profile = Apply(profile, change, provenance);
            applied.Add(change.Field);
            if (stored is not null && stored.Source != ProvenanceSources.Rectification)
            {
                Notice(notices, stored.Client).Source.Add(change.Field);
            }

            foreach (var recipient in disclosures.Where(d => d.Categories.Contains(ProfileFields.Category(change.Field))).Select(d => d.Recipient).Distinct())
            {
                Notice(notices, recipient).Disclosed.Add(change.Field);
            }
        }

        return new RectificationPlan(applied.Count > 0 ? profile : null, applied, already, unchanged, notices);
    }

    private static NoticeFields Notice(Dictionary<ClientId, NoticeFields> notices, ClientId client) =>
        notices.TryGetValue(client, out var fields) ? fields : notices[client] = new NoticeFields();

    /// <summary>The new value must be newer than the one it replaces, even if that one was observed "in the future" within tolerance.</summary>
    private static DateTimeOffset Later(DateTimeOffset now, Provenance? stored) =>
        stored is not null && stored.ObservedAt >= now ? stored.ObservedAt.AddMilliseconds(1) : now;

    private static Provenance? StoredProvenance(CustomerProfile profile, ProfileField field) => field switch
    {
        ProfileField.FirstName => profile.FirstName?.Provenance,
        ProfileField.LastName => profile.LastName?.Provenance,
        ProfileField.Organisation => profile.Organisation?.Provenance,
        ProfileField.Email => profile.Email?.Provenance,
        ProfileField.Phone => profile.Phone?.Provenance,
        _ => profile.Address?.Provenance,
    };

    private static bool HasValue(CustomerProfile profile, RectificationChange change) => change.Field switch
    {
        ProfileField.FirstName => profile.FirstName?.Value == change.Text,
        ProfileField.LastName => profile.LastName?.Value == change.Text,
        ProfileField.Organisation => profile.Organisation?.Value == change.Organisation,
        ProfileField.Email => profile.Email?.Value == change.Email,
        ProfileField.Phone => profile.Phone?.Value == change.Phone,
        _ => profile.Address?.Value == change.Address,
    };

    private static CustomerProfile Apply(CustomerProfile profile, RectificationChange change, Provenance provenance) => change.Field switch
    {
        ProfileField.FirstName => profile with { FirstName = new(change.Text!, provenance) },
        ProfileField.LastName => profile with { LastName = new(change.Text!, provenance) },
        ProfileField.Organisation => profile with { Organisation = new(change.Organisation!, provenance) },
        ProfileField.Email => profile with { Email = new(change.Email!.Value, provenance) },
        ProfileField.Phone => profile with { Phone = new(change.Phone!.Value, provenance) },
        _ => profile with { Address = new(change.Address!, provenance) },
    };
}

/// <summary>The fields one client gets a notice about: those it delivered (<see cref="Source"/>) and those disclosed to it.</summary>
public sealed class NoticeFields
{
    public HashSet<ProfileField> Source { get; } = [];

    public HashSet<ProfileField> Disclosed { get; } = [];

    public IReadOnlyList<ProfileField> All => Source.Union(Disclosed).Order().ToList();
}
