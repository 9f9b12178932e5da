using Microsoft.Extensions.Logging;
using Registry.Preferences;
using Registry.Privacy;
using Registry.Subjects;

namespace Registry.Audiences;

/// <summary>
/// Serves an audience page by page: scans the register in subject order, keeps the people who may be contacted
/// for the purpose, checks the suppression list for direct marketing, and records the page as a disclosure to
/// the client in every included person's partition before anything is served. A page carries only the data
/// categories granted to the client for the purpose; a person with none of the granted ways to reach them is left out.
/// </summary>
public sealed partial class AudienceHandler(
    IAudienceSource source, IDisclosureLog disclosures, ISuppressionList suppression, IBlindIndex blindIndex,
    PreferenceDefaults defaults, TimeProvider time, ILogger<AudienceHandler> logger)
{
    /// <summary>A request looks at no more people than this, so its cost is bounded; a page may then be short but has a next token.</summary>
    public const int MaxScannedPerPage = 2000;

    public const int MaxPageSize = 500;

    public async Task<AudiencePage> PageAsync(AudiencePageQuery query, CancellationToken cancellationToken = default)
    {
        var members = new List<AudienceMember>();
        var entries = new List<DisclosureEntry>();
        var disclosureId = OpaqueToken.New("dsc_");
        var now = time.GetUtcNow();
        var after = query.After;
        var scanned = 0;
        while (members.Count < query.PageSize && scanned < MaxScannedPerPage)
        {
            var scan = await source.ScanAsync(after, Math.Min(query.PageSize - members.Count, MaxScannedPerPage - scanned), cancellationToken);
            scanned += Math.Max(scan.Candidates.Count, 1);
            foreach (var candidate in await EligibleAsync(scan.Candidates, query.Purpose, cancellationToken))
            {
                var granted = GrantedContact.Of(candidate.Contact, query.Categories);
                if (granted.Categories.Count == 0)
                {
                    continue;
                }

                var categories = granted.Names;
                members.Add(new AudienceMember(candidate.Subject, granted.Contact, categories));
                entries.Add(new DisclosureEntry(disclosureId, candidate.Subject, query.Client, query.Purpose, categories, AudienceRules.Basis(candidate, query.Purpose), now));
            }

            after = scan.ScannedTo;
            if (after is null)
            {
                break;
            }
        }

        await disclosures.RecordAsync(entries, cancellationToken);
        LogServed(logger, disclosureId, query.Client.Value, query.Purpose, members.Count, scanned);
        return new AudiencePage(members, after, disclosureId);
    }

    private async Task<IEnumerable<AudienceCandidate>> EligibleAsync(
        IReadOnlyList<AudienceCandidate> candidates, ConsentPurpose purpose, CancellationToken cancellationToken)
    {
        var eligible = candidates.Where(c => AudienceRules.MayContact(c, purpose, defaults)).ToList();
        if (!EffectivePreference.IsDirectMarketing(purpose))
        {
            return eligible;
        }

        var suppressed = new bool[eligible.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, eligible.Count), new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken },
            async (i, ct) =>
            {
                var index = await blindIndex.ForEmailAsync(eligible[i].Contact.Email!.Value, ct);
                suppressed[i] = AudienceRules.IsSuppressed(eligible[i], await suppression.FindAsync(index, ct));
            });
        return eligible.Where((_, i) => !suppressed[i]);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Audience page {DisclosureId} for client {ClientId}, purpose {Purpose}: {Members} people of {Scanned} scanned")]
    private static partial void LogServed(ILogger logger, string disclosureId, string clientId, ConsentPurpose purpose, int members, int scanned);
}
