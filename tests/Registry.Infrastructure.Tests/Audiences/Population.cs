using Azure.Data.Tables;
using Registry.Clients;
using Registry.Contact;
using Registry.Infrastructure.Audiences;
using Registry.Infrastructure.Tables;
using Registry.Orders.Ingest;
using Registry.Preferences;
using Registry.Privacy;
using Registry.Privacy.Encryption;
using Registry.Subjects;
using Registry.Testing.Harness;

namespace Registry.Infrastructure.Tests.Audiences;

/// <summary>One generated person: what was written for them, from which the expected audiences are computed independently.</summary>
internal sealed record Person(
    SubjectId Subject, string Email, Dictionary<ConsentPurpose, (PreferenceState State, DateTimeOffset At, bool ByPerson)> Recorded,
    bool Restricted, bool Erased, DateTimeOffset? SuppressedSince, bool ProfileKeyDestroyed);

/// <summary>Writes a random population straight into the tables (one transaction per person), as ingestion and later issues would leave it.</summary>
internal static class Population
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly ClientId Webshop = ClientId.Parse("webshop");

    public static async Task<List<Person>> SeedAsync(RegistryHarness registry, int count, int seed)
    {
        var random = new Random(seed);
        var people = Enumerable.Range(0, count).Select(i => Generate(random, i)).ToList();
        var subjects = registry.Tables.GetTableClient(registry.Names.SubjectsTable);
        var suppression = registry.Get<ISuppressionList>();
        var blindIndex = registry.Get<IBlindIndex>();
        var cipher = registry.Get<IFieldCipher>();
        var kek = (await registry.Get<IRegistrySecrets>().GetKeyEncryptionKeysAsync())[0];
        await Parallel.ForEachAsync(people, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (person, ct) =>
        {
            await subjects.SubmitTransactionAsync(Rows(person, cipher, kek).Select(r => new TableTransactionAction(TableTransactionActionType.Add, r)), ct);
            if (person.ProfileKeyDestroyed)
            {
                await registry.Get<IDataKeys>().ShredAsync(person.Subject, DataScope.Profile, ct);
            }

            if (person.SuppressedSince is { } since)
            {
                await suppression.AddAsync(await blindIndex.ForEmailAsync(Email(person.Email), ct), since, ct);
            }
        });
        return people;
    }

    public static EmailAddress Email(string text) => EmailAddress.TryParse(text, out var email) ? email : throw new FormatException();

    private static Person Generate(Random random, int i)
    {
        var recorded = new Dictionary<ConsentPurpose, (PreferenceState, DateTimeOffset, bool)>();
        foreach (var purpose in Enum.GetValues<ConsentPurpose>())
        {
            if (random.NextDouble() < 0.4)
            {
                recorded[purpose] = (random.NextDouble() < 0.5 ? PreferenceState.Objected : PreferenceState.Consented, T0.AddDays(random.Next(0, 300)), random.NextDouble() < 0.5);
            }
        }

        DateTimeOffset? suppressed = random.NextDouble() < 0.08 ? T0.AddDays(random.Next(0, 300)) : null;
        return new Person(SubjectId.New(), $"person{i}.{Guid.NewGuid():N}@example.fi", recorded, random.NextDouble() < 0.1, random.NextDouble() < 0.05, suppressed, random.NextDouble() < 0.05);
    }

    private static IEnumerable<TableEntity> Rows(Person person, IFieldCipher cipher, KeyEncryptionKey kek)
    {
        var keys = Keyring.Empty(person.Subject);
        var provenance = new Provenance("webshop", Webshop, T0, null);
        var profile = CustomerProfile.Empty with
        {
            FirstName = new Sourced<string>("Testi", provenance),
            LastName = new Sourced<string>("Henkilö", provenance),
            Email = new Sourced<EmailAddress>(Email(person.Email), provenance),
            Address = new Sourced<PostalAddress>(new PostalAddress("Katu 1", "00100", "Helsinki", "FI"), provenance),
            LastActivityAt = T0,
        };
        yield return ProfileEntity.ToEntity(person.Subject, profile, new FieldSealer(cipher, keys));
        foreach (var key in keys.Created)
        {
            yield return DataKeyEntity.ToEntity(person.Subject, DataKeyWrap.Wrap(kek, person.Subject, key));
        }

        foreach (var (purpose, (state, at, byPerson)) in person.Recorded)
        {
            yield return PreferenceEntity.Current(person.Subject, PreferenceStanding.Of(new PreferenceEvent(
                $"seed-{purpose}", purpose, state, new Provenance("preference_page", Webshop, at, null), null) { Actor = byPerson ? PreferenceActor.Person : PreferenceActor.Client }));
        }

        if (person.Restricted)
        {
            yield return new TableEntity(person.Subject.Value, AudienceRows.Restricted);
        }

        if (person.Erased)
        {
            yield return new TableEntity(person.Subject.Value, AudienceRows.Erased);
        }
    }
}
