using Registry.Audiences;
using Registry.Clients;
using Registry.Clients.Grants;
using Registry.Preferences;
using Registry.Subjects;
using Registry.Testing.Azurite;
using Registry.Testing.Harness;

namespace Registry.Infrastructure.Tests.Audiences;

/// <summary>
/// Audiences over a generated population on real storage: paging through every page gives exactly the people the
/// rules admit, computed here independently of the code under test, each once, and every page is a disclosure.
/// </summary>
[Collection(AzuriteCollection.Name)]
public class AudiencePopulationTests(AzuriteFixture azurite)
{
    private static readonly ClientId Mailer = ClientId.Parse("webshop");

    [Theory]
    [InlineData(ConsentPurpose.DirectMarketing)]
    [InlineData(ConsentPurpose.DistanceSelling)]
    [InlineData(ConsentPurpose.TargetedContent)]
    public async Task AllPages_GeneratedPopulation_AreExactlyThePeopleWhoMayBeContacted(ConsentPurpose purpose)
    {
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);
        var people = await Population.SeedAsync(registry, 2500, seed: (int)purpose);
        var defaults = registry.Get<PreferenceDefaults>();

        var served = new List<SubjectId>();
        var disclosures = new List<string>();
        SubjectId? after = null;
        do
        {
            var page = await registry.Get<AudienceHandler>().PageAsync(new AudiencePageQuery(Mailer, purpose, after, 400, Enum.GetValues<DataCategory>().ToHashSet()));
            served.AddRange(page.Members.Select(m => m.Subject));
            disclosures.Add(page.DisclosureId);
            after = page.Next;
        }
        while (after is not null);

        var expected = people.Where(p => MayBeContacted(p, purpose, defaults)).Select(p => p.Subject).ToHashSet();
        Assert.InRange(expected.Count, 200, 2300); // the population really mixes people in and out
        Assert.Equal(served.Count, served.Distinct().Count());
        Assert.True(expected.SetEquals(served), $"{expected.Except(served).Count()} missing, {served.Except(expected).Count()} wrongly served");
        var disclosureRows = (await registry.ScanAsync(registry.Names.SubjectsTable)).Where(r => r.RowKey.StartsWith("disclosure|", StringComparison.Ordinal)).ToList();
        Assert.Equal(served.Select(s => s.Value).Order(), disclosureRows.Select(r => r.PartitionKey).Order());
        Assert.All(disclosureRows, r => Assert.Equal(Mailer.Value, r.GetString("Recipient")));
    }

    /// <summary>The rules, written out plainly: markers and a destroyed profile key exclude; own recorded state or default; an objection to direct marketing covers its forms; the suppression list wins unless a later consent.</summary>
    private static bool MayBeContacted(Person person, ConsentPurpose purpose, PreferenceDefaults defaults)
    {
        if (person.Restricted || person.Erased || person.ProfileKeyDestroyed)
        {
            return false;
        }

        var marketingForm = purpose is ConsentPurpose.DirectMarketing or ConsentPurpose.DirectAdvertising or ConsentPurpose.DistanceSelling;
        if (marketingForm && person.Recorded.TryGetValue(ConsentPurpose.DirectMarketing, out var dm) && dm.State == PreferenceState.Objected)
        {
            return false;
        }

        if (marketingForm && person.SuppressedSince is { } since
            && !(person.Recorded.TryGetValue(ConsentPurpose.DirectMarketing, out var consent) && consent.State == PreferenceState.Consented && consent.ByPerson && consent.At > since))
        {
            return false;
        }

        var state = person.Recorded.TryGetValue(purpose, out var own) ? own.State : defaults.For(purpose);
        return state == PreferenceState.Consented;
    }
}
