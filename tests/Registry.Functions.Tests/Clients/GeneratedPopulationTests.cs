using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Registry.Functions.Tests.Support;
using Registry.Testing.Azurite;
using Registry.Testing.Builders;
using static Registry.Functions.Tests.Preferences.PreferenceJson;

namespace Registry.Functions.Tests.Clients;

/// <summary>
/// Several generated clients with random grants, people shared between them, over real HTTP: every order, audience,
/// preference and link answer is checked against the rules written out here, independently of the product's code.
/// </summary>
[Collection(AzuriteCollection.Name)]
public class GeneratedPopulationTests(AzuriteFixture azurite)
{
    private const string Unknown = "sub_aaaaaaaaaaaaaaaaaaaaaaaa";
    private static readonly DateTimeOffset FirstOrder = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset FirstChoice = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    // Defaults of the register (docs/configuration.md) where a person made no choice.
    private static readonly Dictionary<string, string> Defaults = new()
    {
        ["direct_advertising"] = "consented", ["distance_selling"] = "consented", ["direct_marketing"] = "consented",
        ["market_research"] = "consented", ["targeted_content"] = "objected", ["publication"] = "objected",
    };

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Answers_RandomGrantsAndSharedPeople_FollowTheGrantAndRelationshipRules(int seed)
    {
        var random = new Random(seed);
        var clients = Enumerable.Range(0, 4).Select(n => GeneratedClient.Generate(random, n, seed)).ToList();
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString, clients.SelectMany(c => c.Settings()).ToDictionary());
        var people = Enumerable.Range(0, 8).Select(i => new Person($"gen{i}.{Guid.NewGuid():N}@example.fi")).ToList();

        await PostOrdersAsync(app, random, clients, people);
        var served = await CheckAudiencesAsync(app, clients, people);
        await CheckPreferencesAndLinksAsync(app, random, clients, people);

        var disclosures = (await app.ScanAsync(app.Names.SubjectsTable)).Count(r => r.RowKey.StartsWith("disclosure|", StringComparison.Ordinal));
        Assert.Equal(served, disclosures);
    }

    private static async Task PostOrdersAsync(RegistryApp app, Random random, List<GeneratedClient> clients, List<Person> people)
    {
        var at = FirstOrder;
        foreach (var person in people)
        {
            var buyers = clients.Where(_ => random.NextDouble() < 0.45).ToList();
            var objects = random.NextDouble() < 0.3;
            for (var i = 0; i < buyers.Count; i++)
            {
                var client = buyers[i];
                at = at.AddMinutes(1);

                // An objection, if any, is the person's latest choice: no rule about lifting one is exercised here.
                var choice = objects && i == buyers.Count - 1 ? "objected" : random.NextDouble() < 0.5 ? "consented" : null;
                var order = OrderJson.Valid(email: person.Email, channel: client.Channel, placedAt: at);
                order["preferences"] = choice is null ? new JsonArray() : new JsonArray(new JsonObject { ["purpose"] = "direct_marketing", ["state"] = choice });
                var response = await app.PostOrderAsync(order, client.Secret);
                if (!client.Operations.Contains("orders"))
                {
                    Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
                    continue;
                }

                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
                var accepted = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
                person.Subject ??= accepted["subjectId"]!.GetValue<string>();
                Assert.Equal(person.Subject, accepted["subjectId"]!.GetValue<string>());
                person.Customers.Add(client.Id);
                if (choice is not null)
                {
                    person.Deciding["direct_marketing"] = (choice, client.Id, $"{accepted["orderRef"]!.GetValue<string>()}.direct_marketing");
                }
            }
        }
    }

    /// <summary>Answers how many people were served in all; each served person is a disclosure.</summary>
    private static async Task<int> CheckAudiencesAsync(RegistryApp app, List<GeneratedClient> clients, List<Person> people)
    {
        var served = 0;
        foreach (var client in clients)
        {
            foreach (var purpose in GeneratedClient.Purposes)
            {
                var response = await app.GetSignedAsync($"/api/audiences/{purpose}?pageSize=500", client.Secret);
                if (!client.Audiences.TryGetValue(purpose, out var categories))
                {
                    Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
                    continue;
                }

                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var answer = (await response.Content.ReadFromJsonAsync<JsonObject>())!["people"]!.AsArray().Select(p => p!.AsObject()).ToList();
                var expected = people.Where(p => p.Subject is not null && Contactable(p, purpose)).Select(p => p.Subject!).Order(StringComparer.Ordinal);
                Assert.Equal(expected, answer.Select(p => p["subjectId"]!.GetValue<string>()).Order(StringComparer.Ordinal));
                var fields = categories.SelectMany(Fields).Prepend("subjectId").Order(StringComparer.Ordinal).ToList();
                Assert.All(answer, p => Assert.Equal(fields, p.Select(f => f.Key).Order(StringComparer.Ordinal)));
                served += answer.Count;
            }
        }

        return served;
    }

    private static async Task CheckPreferencesAndLinksAsync(RegistryApp app, Random random, List<GeneratedClient> clients, List<Person> people)
    {
        var at = FirstChoice;
        var n = 0;
        foreach (var person in people)
        {
            foreach (var client in clients)
            {
                at = at.AddMinutes(1);
                var purpose = GeneratedClient.Purposes[random.Next(GeneratedClient.Purposes.Length)];
                var eventId = $"g{n++}";
                var batch = Batch(Event(eventId, purpose, "objected", at.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)));
                var byEmail = random.NextDouble() < 0.5;
                var (response, unknown) = byEmail
                    ? await PutByEmailAsync(app, client, batch, person.Email)
                    : await PutByIdAsync(app, client, batch, person.Subject ?? Unknown);
                var isCustomer = person.Customers.Contains(client.Id);
                if (!client.Operations.Contains("preferences"))
                {
                    Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
                }
                else if (!isCustomer)
                {
                    Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
                    Assert.Equal(unknown, (await response.Content.ReadAsStringAsync()).Replace(person.Subject ?? Unknown, Unknown, StringComparison.Ordinal));
                }
                else
                {
                    Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                    person.Deciding[purpose] = ("objected", client.Id, $"{client.Id}:{eventId}");
                    CheckAnswer(person, client, (await response.Content.ReadFromJsonAsync<JsonObject>())!);
                }

                await CheckLinkAsync(app, client, person, isCustomer);
            }
        }
    }

    private static void CheckAnswer(Person person, GeneratedClient client, JsonObject answer)
    {
        Assert.Equal(person.Subject, answer["subjectId"]!.GetValue<string>());
        foreach (var purpose in GeneratedClient.Purposes)
        {
            var state = answer["preferences"]!.AsArray().Single(p => p!["purpose"]!.GetValue<string>() == purpose)!.AsObject();
            var deciding = person.Deciding.TryGetValue(purpose, out var d) ? d : ((string State, string Client, string EventId)?)null;
            Assert.Equal(deciding?.State ?? Defaults[purpose], state["state"]!.GetValue<string>());
            Assert.Equal(deciding is { } mine && mine.Client == client.Id ? mine.EventId : null, state["eventId"]?.GetValue<string>());
        }
    }

    private static async Task CheckLinkAsync(RegistryApp app, GeneratedClient client, Person person, bool isCustomer)
    {
        var link = await app.SendSignedAsync(HttpMethod.Post, "/api/unsubscribe-links", $$"""{"subjectId":"{{person.Subject ?? Unknown}}","purpose":"market_research"}""", client.Secret);
        if (!client.Operations.Contains("unsubscribeLinks"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, link.StatusCode);
            return;
        }

        Assert.Equal(isCustomer ? HttpStatusCode.Created : HttpStatusCode.NotFound, link.StatusCode);
        if (!isCustomer)
        {
            var unknown = await app.SendSignedAsync(HttpMethod.Post, "/api/unsubscribe-links", $$"""{"subjectId":"{{Unknown}}","purpose":"market_research"}""", client.Secret);
            Assert.Equal(await unknown.Content.ReadAsStringAsync(), await link.Content.ReadAsStringAsync());
        }
    }

    private static async Task<(HttpResponseMessage Response, string Unknown)> PutByIdAsync(RegistryApp app, GeneratedClient client, JsonObject batch, string subject)
    {
        batch["subjectId"] = subject;
        var response = await app.SendSignedAsync(HttpMethod.Put, $"/api/subjects/{subject}/preferences", batch.ToJsonString(), client.Secret);
        batch["subjectId"] = Unknown;
        var unknown = await app.SendSignedAsync(HttpMethod.Put, $"/api/subjects/{Unknown}/preferences", batch.ToJsonString(), client.Secret);
        return (response, await unknown.Content.ReadAsStringAsync());
    }

    private static async Task<(HttpResponseMessage Response, string Unknown)> PutByEmailAsync(RegistryApp app, GeneratedClient client, JsonObject batch, string email)
    {
        batch["email"] = email;
        var response = await app.SendSignedAsync(HttpMethod.Put, "/api/preferences", batch.ToJsonString(), client.Secret);
        batch["email"] = $"nobody.{Guid.NewGuid():N}@example.fi";
        var unknown = await app.SendSignedAsync(HttpMethod.Put, "/api/preferences", batch.ToJsonString(), client.Secret);
        return (response, await unknown.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// The audience rule, written out: the person's deciding choice for the purpose, else the default; an objection to
    /// direct marketing also closes direct advertising and distance selling (Art. 21(3)). Every generated person has
    /// every contact value, so the granted categories never leave anyone out.
    /// </summary>
    private static bool Contactable(Person person, string purpose)
    {
        var objectsToMarketing = person.Deciding.TryGetValue("direct_marketing", out var dm) && dm.State == "objected";
        if (objectsToMarketing && purpose is "direct_marketing" or "direct_advertising" or "distance_selling")
        {
            return false;
        }

        return (person.Deciding.TryGetValue(purpose, out var own) ? own.State : Defaults[purpose]) == "consented";
    }

    private static IEnumerable<string> Fields(string category) => category switch
    {
        "name" => ["firstName", "lastName"],
        "postal_address" => ["address"],
        _ => [category],
    };

    private sealed class Person(string email)
    {
        public string Email { get; } = email;

        public string? Subject { get; set; }

        public HashSet<string> Customers { get; } = [];

        /// <summary>Per purpose, the deciding choice so far: its state, the client that recorded it, and the event id it was stored under.</summary>
        public Dictionary<string, (string State, string Client, string EventId)> Deciding { get; } = [];
    }
}
