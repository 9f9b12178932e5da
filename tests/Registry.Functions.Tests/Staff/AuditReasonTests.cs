using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Registry.Functions.Staff;
using Registry.Functions.Tests.Cases;
using Registry.Functions.Tests.Support;
using Registry.Retention;
using Registry.Retention.Purge;
using Registry.Testing.Azurite;

namespace Registry.Functions.Tests.Staff;

/// <summary>
/// The write-once audit log holds identifiers only: staff notes, reasons and <c>X-Audit-Reason</c> reach it sealed under
/// the person's or the case's key. The officer still reads them through the (audited) audit read while that key exists,
/// and they read as erased once the person is erased or the case file purged.
/// </summary>
[Collection(AzuriteCollection.Name)]
public class AuditReasonTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task CaseReasons_AreSealedOutOfTheAuditBlobs_ReadableThroughTheAuditRead_AndErasedByThePurgeOfTheCaseFile()
    {
        await using var app = await StaffApp.StartAsync(azurite.ConnectionString);
        var officer = StaffApp.Token(StaffRoles.PrivacyOfficer);
        var reference = await app.OpenCaseAsync($"unknown.{Guid.NewGuid():N}@example.com", $"<{Guid.NewGuid():N}@mail.example>");
        var note = $"Soitin Kanerva{Unique()}lle";
        var withdrawal = $"Peruttu puhelimessa {Unique()}";
        var header = $"checking{Unique()}";
        Assert.Equal(HttpStatusCode.OK, (await app.SendAsync(HttpMethod.Post, $"/api/staff/cases/{reference}/notes", officer, new { text = note })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.GetWithReasonAsync($"/api/staff/cases/{reference}", officer, header)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.SendAsync(HttpMethod.Post, $"/api/staff/cases/{reference}/withdraw", officer, new { reason = withdrawal })).StatusCode);

        await AssertNotInAuditBlobsAsync(app, note, withdrawal, header);
        var kept = await EntriesAsync(app, $"day={Today()}", reference);
        Assert.Equal((note, "kept"), Reason(kept, nameof(AddCaseNote)));
        Assert.Equal((withdrawal, "kept"), Reason(kept, nameof(WithdrawCase)));
        Assert.Equal((header, "kept"), Reason(kept, nameof(GetCase)));

        var afterRetention = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(4);
        var purged = await app.Storage.GetServices<IPurgeRule>().Single(r => r.Kind == PurgeKinds.CaseFile)
            .ApplyAsync(new ScheduledItem(PurgeKinds.CaseFile, reference, afterRetention), new PurgeRun(afterRetention, DryRun: false));
        Assert.Equal(1, purged.Actions["case-file"]);

        var erased = await EntriesAsync(app, $"day={Today()}", reference);
        Assert.Equal((null, "erased"), Reason(erased, nameof(AddCaseNote)));
        Assert.Equal((null, "erased"), Reason(erased, nameof(WithdrawCase)));
        Assert.Equal((null, "erased"), Reason(erased, nameof(GetCase)));
    }

    [Fact]
    public async Task PersonReasons_AreReadableWhileThePersonExists_AndErasedWithThem()
    {
        await using var app = await StaffApp.StartAsync(azurite.ConnectionString);
        var (subject, email) = await app.CustomerAsync();
        var header = $"access request of Kanerva{Unique()}";
        var decision = $"Verified by Kanerva{Unique()}'s letter";
        Assert.Equal(HttpStatusCode.OK, (await app.GetWithReasonAsync($"/api/staff/subjects/{subject}", StaffApp.Token(StaffRoles.Reader), header)).StatusCode);
        Assert.Equal((header, "kept"), Reason(await EntriesAsync(app, $"subjectId={subject}", null), nameof(GetSubjectData)));

        var reference = await app.DecideAsync(subject, email, "Poistakaa kaikki tietoni.", new { actions = new[] { "erasure" }, reason = decision });
        await app.WaitUntilClosedAsync(reference);

        await AssertNotInAuditBlobsAsync(app, header, decision);
        var after = await EntriesAsync(app, $"subjectId={subject}", null);
        Assert.Equal((null, "erased"), Reason(after, nameof(GetSubjectData)));
        Assert.Equal((null, "erased"), Reason(after, nameof(DecideCase)));
    }

    [Fact]
    public async Task ReasonOfAnEntryNamingNoOne_IsNotKept()
    {
        await using var app = await StaffApp.StartAsync(azurite.ConnectionString);
        var header = $"weekly review by Kanerva{Unique()}";

        Assert.Equal(HttpStatusCode.OK, (await app.GetWithReasonAsync("/api/staff/cases", StaffApp.Token(StaffRoles.Reader), header)).StatusCode);

        await AssertNotInAuditBlobsAsync(app, header);
        Assert.Equal((null, "not_kept"), Reason(await EntriesAsync(app, $"day={Today()}", null), nameof(ListCases)));
    }

    private static async Task AssertNotInAuditBlobsAsync(RegistryApp app, params string[] texts)
    {
        var blobs = await app.BlobsAsync(app.Names.AuditContainer);
        Assert.NotEmpty(blobs);
        var leaks = blobs.SelectMany(b => texts.Where(t => b.Text.Contains(t, StringComparison.Ordinal)).Select(t => $"'{t}' in {b.Place}")).ToList();
        Assert.True(leaks.Count == 0, string.Join(Environment.NewLine, leaks));
    }

    private static async Task<List<JsonObject>> EntriesAsync(RegistryApp app, string query, string? reference)
    {
        var response = await app.SendAsync(HttpMethod.Get, $"/api/staff/audit?{query}", StaffApp.Token(StaffRoles.PrivacyOfficer));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entries = (await response.Content.ReadFromJsonAsync<JsonObject>())!["entries"]!.AsArray().Select(e => e!.AsObject());
        return entries.Where(e => reference is null || e["caseReference"]?.GetValue<string>() == reference).ToList();
    }

    private static (string? Text, string? State) Reason(List<JsonObject> entries, string action)
    {
        var entry = entries.Last(e => e["action"]!.GetValue<string>() == action);
        return (entry["reason"]?.GetValue<string>(), entry["reasonState"]?.GetValue<string>());
    }

    private static string Today() => DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Unique() => Guid.NewGuid().ToString("N")[..10];
}
