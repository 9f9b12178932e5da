using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Registry.Functions.Staff;
using Registry.Functions.Tests.Support;
using Registry.Subjects;
using Registry.Testing.Azurite;

namespace Registry.Functions.Tests.Staff;

/// <summary>The staff person view is read by a person (the console shows it as it is): words, not enum numbers.</summary>
[Collection(AzuriteCollection.Name)]
public class SubjectViewTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task GetSubjectData_EnumsAreWireNames_AndHoldsNameTheirLastDay()
    {
        await using var app = await StaffApp.StartAsync(azurite.ConnectionString);
        var (subject, _) = await app.CustomerAsync();

        var response = await app.GetWithReasonAsync($"/api/staff/subjects/{subject}", StaffApp.Token(StaffRoles.Reader), "checking the view");
        var view = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var order = view["orders"]![0]!;
        Assert.Contains(order["billing"]!["status"]!.GetValue<string>(), new[] { "open", "paid", "in_collection" });
        Assert.Contains(order["channel"]!.GetValue<string>(), new[] { "webshop", "store", "reseller" });
        var holds = view["holds"]!.AsArray();
        var accounting = Assert.Single(holds, h => h!["kind"]!.GetValue<string>() == "accounting_retention");
        Assert.Equal(order["retainedUntil"]!.GetValue<string>(), accounting!["until"]!.GetValue<string>());
    }

    /// <summary>What the reader hands the purge's compaction (data keys, versions) is not part of the person's view.</summary>
    [Fact]
    public void Of_APersonWithAppendedRows_ShowsNeitherTheirKeysNorTheirVersions()
    {
        var subject = SubjectId.New();
        var data = new SubjectData(subject, CustomerProfile.Empty, [], []) { Appended = SubjectRecord.New(subject) with { ProfileETag = "etag-7f3c" } };

        var view = SubjectView.Of(data, new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero))).AsObject();

        Assert.False(view.ContainsKey("appended"));
        Assert.DoesNotContain("etag-7f3c", view.ToJsonString(), StringComparison.Ordinal);
    }
}
