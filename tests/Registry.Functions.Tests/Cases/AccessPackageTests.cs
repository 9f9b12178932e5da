using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using Registry.Functions.Staff;
using Registry.Functions.Tests.Staff;
using Registry.Functions.Tests.Support;
using Registry.Testing.Azurite;
using Registry.Testing.Builders;

namespace Registry.Functions.Tests.Cases;

/// <summary>
/// The access request end to end, through the dev host on Azurite: a random history written through the public
/// endpoints, a request on <c>subject-requests</c>, the officer's verify and decide, the executor on <c>case-actions</c>,
/// and the package downloaded through the link in the notice, as the person would.
/// </summary>
[Collection(AzuriteCollection.Name)]
public partial class AccessPackageTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task DecidedAccess_ExportHoldsEveryValueWrittenAndNothingOfAnotherPerson()
    {
        var seed = Random.Shared.Next();
        var random = new Random(seed);
        await using var app = await StartAsync();
        var person = new RandomHistory(app, random, $"alpha{random.Next(10000)}");
        var other = new RandomHistory(app, random, $"bravo{random.Next(10000)}");
        await person.WriteAsync(orders: random.Next(2, 5), preferenceChanges: random.Next(2, 6));
        await other.WriteAsync(orders: random.Next(1, 4), preferenceChanges: random.Next(1, 4));
        var disclosureId = await PullAudienceAsync(app);

        var reference = await RequestAccessAsync(app, person.Email);
        var officer = StaffApp.Token(StaffRoles.PrivacyOfficer);
        await ExpectAsync(HttpStatusCode.OK, app.SendAsync(HttpMethod.Post, $"/api/staff/cases/{reference}/verify", officer, new { method = "signed_letter", note = "Signed letter" }));
        await ExpectAsync(HttpStatusCode.OK, app.SendAsync(HttpMethod.Post, $"/api/staff/cases/{reference}/decision", officer, new { actions = new[] { "access" }, reason = "Verified access request" }));
        await WaitForStatusAsync(app, reference, "completed", officer);

        var letter = await NoticeAsync(app, reference);
        using var download = new HttpClient();
        var json = await download.GetStringAsync(Link(letter, "json"));
        var html = WebUtility.HtmlDecode(await download.GetStringAsync(Link(letter, "html")));
        var values = Leaves(JsonNode.Parse(json)!).ToHashSet(StringComparer.Ordinal);

        var context = $"seed {seed}";
        var missing = person.Kept.Append(disclosureId).Append(reference).Where(v => !values.Contains(v)).ToList();
        Assert.True(missing.Count == 0, $"{context}: not in the JSON export: {string.Join(", ", missing)}");
        // The document writes dates the reader's way (21.11.2026), so it is checked for every value but the ISO dates.
        var missingInHtml = person.Kept.Where(v => !IsoDate().IsMatch(v) && !html.Contains(v, StringComparison.Ordinal)).ToList();
        Assert.True(missingInHtml.Count == 0, $"{context}: not in the HTML export: {string.Join(", ", missingInHtml)}");
        var leaked = other.Own.Where(v => json.Contains(v, StringComparison.OrdinalIgnoreCase) || html.Contains(v, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(leaked.Count == 0, $"{context}: another person's values in the export: {string.Join(", ", leaked)}");
    }

    [Fact]
    public async Task DecidedAccess_LinksReadOnlyAndDeletionScheduled()
    {
        await using var app = await StartAsync();
        var person = new RandomHistory(app, new Random(7), "charlie");
        await person.WriteAsync(orders: 1, preferenceChanges: 1);
        var reference = await RequestAccessAsync(app, person.Email);
        var officer = StaffApp.Token(StaffRoles.PrivacyOfficer);
        await ExpectAsync(HttpStatusCode.OK, app.SendAsync(HttpMethod.Post, $"/api/staff/cases/{reference}/verify", officer, new { method = "signed_letter" }));
        await ExpectAsync(HttpStatusCode.OK, app.SendAsync(HttpMethod.Post, $"/api/staff/cases/{reference}/decision", officer, new { actions = new[] { "access" }, reason = "Verified" }));
        await WaitForStatusAsync(app, reference, "completed", officer);

        var letter = await NoticeAsync(app, reference);
        var link = Link(letter, "html");
        using var client = new HttpClient();
        using var page = await client.GetAsync(link);
        using var put = new HttpRequestMessage(HttpMethod.Put, link) { Content = new StringContent("x") };
        put.Headers.Add("x-ms-blob-type", "BlockBlob");
        using var overwrite = await client.SendAsync(put);
        var schedule = await app.ScanAsync(app.Names.ScheduleTable);
        var found = await ExpectAsync(HttpStatusCode.OK, app.SendAsync(HttpMethod.Get, $"/api/staff/cases/{reference}", officer));
        var executed = found["timeline"]!.AsArray().Single(e => e!["kind"]!.GetValue<string>() == "action_executed")!["detail"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Contains("se=", link.Query, StringComparison.Ordinal);
        Assert.Contains("sp=r&", link.Query, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, overwrite.StatusCode);
        var entry = Assert.Single(schedule, e => e.RowKey == $"export|{reference}");
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), entry.GetString("DueOn"));
        Assert.StartsWith($"access: exports/{reference}/access-package.json", executed, StringComparison.Ordinal);
        Assert.DoesNotContain("charlie", executed, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task DecidedAccess_NoticeGoesToTheRegisteredAddress_AndOthersWordsStayOut()
    {
        await using var app = await StartAsync();
        var (subject, registered) = await app.CustomerAsync();
        var officer = StaffApp.Token(StaffRoles.PrivacyOfficer);
        var neighbour = $"naapuri.{Guid.NewGuid():N}@example.com";
        var theirs = await app.OpenCaseAsync(neighbour, $"<{Guid.NewGuid():N}@mail.example>", "Naapurin viesti: hän muutti, poistakaa hänen tietonsa.");
        await ExpectAsync(HttpStatusCode.OK, app.SendAsync(HttpMethod.Post, $"/api/staff/cases/{theirs}/subject", officer, new { subjectId = subject, reason = "About her" }));
        await ExpectAsync(HttpStatusCode.OK, app.SendAsync(HttpMethod.Post, $"/api/staff/cases/{theirs}/notes", officer, new { text = "Soittaja kertoi naapurin nimen" }));
        var sender = $"maija.toinen.{Guid.NewGuid():N}@example.net";
        var reference = await app.OpenCaseAsync(sender, $"<{Guid.NewGuid():N}@mail.example>");
        await ExpectAsync(HttpStatusCode.OK, app.SendAsync(HttpMethod.Post, $"/api/staff/cases/{reference}/subject", officer, new { subjectId = subject, reason = "Signed letter names her" }));
        await ExpectAsync(HttpStatusCode.OK, app.SendAsync(HttpMethod.Post, $"/api/staff/cases/{reference}/verify", officer, new { method = "signed_letter" }));
        await ExpectAsync(HttpStatusCode.OK, app.SendAsync(HttpMethod.Post, $"/api/staff/cases/{reference}/decision", officer, new { actions = new[] { "access" }, reason = "Verified" }));
        await WaitForStatusAsync(app, reference, "completed", officer);

        var notice = await LetterSink.WaitForAsync(app.LettersFolder, $"{reference}-access-notice");
        Assert.Equal(registered, notice["to"]!.GetValue<string>());
        using var download = new HttpClient();
        var json = await download.GetStringAsync(Link(notice["body"]!.GetValue<string>(), "json"));
        var html = WebUtility.HtmlDecode(await download.GetStringAsync(Link(notice["body"]!.GetValue<string>(), "html")));
        foreach (var words in new[] { neighbour, "Naapurin viesti", "Soittaja kertoi" })
        {
            Assert.DoesNotContain(words, json, StringComparison.Ordinal);
            Assert.DoesNotContain(words, html, StringComparison.Ordinal);
        }

        var cases = JsonNode.Parse(json)!["cases"]!.AsArray();
        Assert.False(cases.Single(c => c!["reference"]!.GetValue<string>() == theirs)!["own"]!.GetValue<bool>());
        Assert.Equal(sender, cases.Single(c => c!["reference"]!.GetValue<string>() == reference)!["requester"]!["email"]!.GetValue<string>());
    }

    private Task<RegistryApp> StartAsync() => RegistryApp.StartAsync(azurite.ConnectionString);

    /// <summary>The mailer pulls a direct-marketing audience: a disclosure in each served person's partition.</summary>
    private static async Task<string> PullAudienceAsync(RegistryApp app)
    {
        const string target = "/api/audiences/direct_marketing?pageSize=50";
        var request = new HttpRequestMessage(HttpMethod.Get, target);
        foreach (var (name, value) in SignedHttp.Headers(SignedHttp.WebshopSecret, Encoding.UTF8.GetBytes(target), DateTimeOffset.UtcNow))
        {
            request.Headers.Add(name, value);
        }

        var page = await ExpectAsync(HttpStatusCode.OK, app.Client.SendAsync(request));
        Assert.Equal(2, page["people"]!.AsArray().Count);
        return page["disclosureId"]!.GetValue<string>();
    }

    /// <summary>The mailbox connector's message on <c>subject-requests</c>; the dev host's queue listener opens the case.</summary>
    private static async Task<string> RequestAccessAsync(RegistryApp app, string email)
    {
        var message = new JsonObject
        {
            ["messageId"] = $"<{Guid.NewGuid():N}@mail.example>",
            ["receivedAt"] = DateTimeOffset.UtcNow.ToString("O"),
            ["channel"] = "email",
            ["from"] = email,
            ["fromName"] = "Requester",
            ["subject"] = "Access request",
            ["body"] = "Please send me a copy of all personal data you hold about me.",
        };
        await app.Storage.GetRequiredService<QueueServiceClient>().GetQueueClient(app.Names.SubjectRequestsQueue).SendMessageAsync(message.ToJsonString());
        var officer = StaffApp.Token(StaffRoles.PrivacyOfficer);
        var reference = await EventuallyAsync(async () =>
        {
            var list = await ExpectAsync(HttpStatusCode.OK, app.SendAsync(HttpMethod.Get, "/api/staff/cases", officer));
            return list["cases"]!.AsArray().Select(c => c!["reference"]!.GetValue<string>()).FirstOrDefault();
        }, "the request did not become a case");

        // The acknowledgement is sent by the worker's letter sender, which writes letter_sent on the case's timeline:
        // the officer acts once it is sent, not while (that would answer 409, as it should).
        await LetterSink.WaitForAsync(app.LettersFolder, $"{reference}-acknowledgement");
        await app.LettersSentAsync();
        return reference;
    }

    private static Task<string> WaitForStatusAsync(RegistryApp app, string reference, string status, string officer) =>
        EventuallyAsync(async () =>
        {
            var found = await ExpectAsync(HttpStatusCode.OK, app.SendAsync(HttpMethod.Get, $"/api/staff/cases/{reference}", officer));
            return found["status"]!.GetValue<string>() == status ? status : null;
        }, $"case {reference} did not reach {status}");

    private static async Task<string> NoticeAsync(RegistryApp app, string reference) =>
        (await LetterSink.WaitForAsync(app.LettersFolder, $"{reference}-access-notice"))["body"]!.GetValue<string>();

    private static Uri Link(string letter, string extension) =>
        new(LinkPattern().Matches(letter).Select(m => m.Value).Single(u => u.Contains($"access-package.{extension}?", StringComparison.Ordinal)));

    private static IEnumerable<string> Leaves(JsonNode node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Value is null ? [] : Leaves(p.Value)),
        JsonArray a => a.SelectMany(n => n is null ? [] : Leaves(n)),
        _ => [node.ToString()],
    };

    private static async Task<T> EventuallyAsync<T>(Func<Task<T?>> probe, string failure)
        where T : class
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            Assert.True(DateTime.UtcNow < deadline, failure);
            await Task.Delay(200);
        }
    }

    private static async Task<JsonObject> ExpectAsync(HttpStatusCode expected, Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
