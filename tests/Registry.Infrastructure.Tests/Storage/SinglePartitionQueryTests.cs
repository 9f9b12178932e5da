using System.Text.RegularExpressions;
using Azure.Core;
using Microsoft.Extensions.Azure;
using Registry.Audiences;
using Registry.Clients.Grants;
using Registry.Erasure;
using Registry.Infrastructure.Tests.Orders;
using Registry.Orders;
using Registry.Orders.Billing;
using Registry.Orders.Ingest;
using Registry.Preferences;
using Registry.Retention.Purge;
using Registry.Subjects;
using Registry.Testing.Azurite;
using Registry.Testing.Builders;
using Registry.Testing.Harness;

namespace Registry.Infrastructure.Tests.Storage;

/// <summary>
/// The design's scale rests on every table query reading one partition (D4): a query across partitions reads the
/// whole register in Azure. The product's flows run here with a pipeline policy recording each query's
/// <c>$filter</c>; only the documented allow-list (docs/performance.md) may range over partitions.
/// </summary>
[Collection(AzuriteCollection.Name)]
public class SinglePartitionQueryTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Helsinki = TimeSpan.FromHours(2);

    /// <summary>The cross-partition queries the design accepts, by table, and why (docs/performance.md).</summary>
    private static readonly (Func<StorageRoles, string> Table, Regex Filter, string Why)[] AllowList =
    [
        (t => t.Schedule, new(@"^PartitionKey lt '\d{8}'$"), "the night's due entries: a range over the due days' partitions only"),
        (t => t.Subjects, new(@"RowKey ge 'pref\|' and RowKey lt 'profile}'\) or RowKey eq 'status\|restricted'"), "the audience scan, a page of the register in key order"),
        (t => t.Dedupe, new(@"^ExpiresAt le datetime'[^']+'$"), "the nightly webhook-id sweep over about one replay window of rows"),
        (t => t.Cases, new(@"RowKey eq 'case'"), "case listings: cases are a mailbox's worth a year"),
        (t => t.Subjects, new(@"^RowKey ge 'key\|' and RowKey lt 'key}'$"), "re-wrapping every data key after a key-encryption-key rotation (an operator's run)"),
        (t => t.Cases, new(@"^RowKey ge 'key\|' and RowKey lt 'key}'$"), "re-wrapping every data key after a key-encryption-key rotation (an operator's run)"),
    ];

    [Fact]
    public async Task ProductFlows_EveryTableQuery_NamesOnePartition_ExceptTheAllowList()
    {
        var recorder = new TableQueryRecorder();
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString, services =>
            services.AddAzureClients(clients => clients.ConfigureDefaults(options => options.AddPolicy(recorder, HttpPipelinePosition.PerCall))), Containers());

        await FlowsAsync(registry);

        var roles = new StorageRoles(registry.Names.SubjectsTable, registry.Names.ScheduleTable, registry.Names.DedupeTable, registry.Names.CasesTable);
        var queries = recorder.Queries.ToList();
        Assert.Contains(queries, q => q.NamesOnePartition); // the recorder sees the flows' queries at all
        Assert.Contains(queries, q => q.Table == roles.Schedule && !q.NamesOnePartition); // and tells a range from a partition
        var unexplained = queries.Where(q => !q.NamesOnePartition && !AllowList.Any(a => a.Table(roles) == q.Table && q.Filter is { } f && a.Filter.IsMatch(f)))
            .Select(q => $"{q.Table}: {q.Filter ?? "(no filter)"}")
            .Distinct()
            .ToList();
        Assert.True(unexplained.Count == 0, "Cross-partition queries outside the allow-list:\n" + string.Join('\n', unexplained));
    }

    [Theory]
    [InlineData("PartitionKey eq 'sub_a'", true)]
    [InlineData("PartitionKey eq 'sub_a' and (RowKey ge 'pref|' and RowKey le 'profile')", true)]
    [InlineData("(PartitionKey eq 'sub_a') and RowKey eq 'x'", true)]
    [InlineData("PartitionKey eq 'sub_a' or RowKey eq 'x'", false)]
    [InlineData("RowKey eq 'profile'", false)]
    [InlineData("PartitionKey gt 'sub_a' and RowKey eq 'profile'", false)]
    [InlineData("PartitionKey eq 'it''s or' and RowKey eq 'x'", true)]
    [InlineData(null, false)]
    public void NamesOnePartition_ReadsTheFilter(string? filter, bool expected) =>
        Assert.Equal(expected, new TableQuery("Subjects", filter).NamesOnePartition);

    /// <summary>Ingestion (new, returning, replayed, a late older order), billing, preferences, erasure, audiences, and nights of the purge.</summary>
    private static async Task FlowsAsync(RegistryHarness registry)
    {
        var email = $"flows.{Guid.NewGuid():N}@example.fi";
        var first = OrderJson.Valid(email: email, placedAt: new DateTimeOffset(2026, 3, 1, 12, 0, 0, Helsinki));
        var subject = Assert.IsType<IngestOrderOutcome.Created>(await registry.IngestAsync(first)).Subject;
        Assert.IsType<IngestOrderOutcome.AlreadyStored>(await registry.IngestAsync(first));
        Assert.IsType<IngestOrderOutcome.Created>(await registry.IngestAsync(OrderJson.Valid(email: email, placedAt: new DateTimeOffset(2026, 6, 1, 12, 0, 0, Helsinki))));
        Assert.IsType<IngestOrderOutcome.Created>(await registry.IngestAsync(OrderJson.Valid(email: email, placedAt: new DateTimeOffset(2026, 2, 1, 12, 0, 0, Helsinki))));
        Assert.True(ClientOrderId.TryParse(first["orderId"]!.GetValue<string>(), out var orderId));
        Assert.IsType<UpdateBillingOutcome.Updated>(await registry.Get<UpdateBillingHandler>().HandleAsync(
            new UpdateBillingCommand(Ingestion.Webshop, orderId, new BillingChange(InvoiceStatus.Paid, new DateOnly(2026, 11, 20)))));
        await registry.Get<RecordPreferencesHandler>().HandleAsync(new RecordPreferencesCommand(subject,
            [new PreferenceEvent("page-1", ConsentPurpose.DirectMarketing, PreferenceState.Objected, new Provenance("preference_page", Ingestion.Webshop, registry.Time.GetUtcNow(), null), null)]));

        // Someone erased on request, and the same e-mail coming back as a new person.
        var leaverEmail = $"leaver.{Guid.NewGuid():N}@example.fi";
        var leaver = Assert.IsType<IngestOrderOutcome.Created>(await registry.IngestAsync(OrderJson.Valid(email: leaverEmail))).Subject;
        await registry.Get<SubjectErasure>().EraseAsync((await registry.Get<ISubjectReader>().ReadAsync(leaver))!, null, registry.Time.GetUtcNow());
        Assert.IsType<IngestOrderOutcome.Created>(await registry.IngestAsync(OrderJson.Valid(email: leaverEmail)));

        await registry.Get<AudienceHandler>().PageAsync(new AudiencePageQuery(
            Ingestion.Webshop, ConsentPurpose.DistanceSelling, null, 50, Enum.GetValues<DataCategory>().ToHashSet()));

        // Nights: the profile's review (anonymised), then the end of the accounting period (the orders go).
        foreach (var night in new[] { new DateTimeOffset(2026, 11, 25, 1, 0, 0, TimeSpan.Zero), new DateTimeOffset(2029, 6, 2, 1, 0, 0, TimeSpan.Zero), new DateTimeOffset(2033, 1, 2, 1, 0, 0, TimeSpan.Zero) })
        {
            registry.Time.Set(night);
            Assert.Equal("completed", (await registry.Get<PurgeRunner>().RunAsync(new PurgeRequest(false))).Outcome);
        }
    }

    private static Dictionary<string, string?> Containers() => new()
    {
        ["RegistrySubjectRequestsQueue"] = UniqueNames.Queue("requests"),
        ["RegistryOutboundMailQueue"] = UniqueNames.Queue("mail"),
        ["RegistryCaseActionsQueue"] = UniqueNames.Queue("actions"),
        ["Registry:Storage:TriageContainer"] = UniqueNames.Queue("triage"),
        ["Registry:Storage:AuditContainer"] = UniqueNames.Queue("audit"),
        ["Registry:Storage:ExportsContainer"] = UniqueNames.Queue("exports"),
        ["Registry:Storage:PurgeReportsContainer"] = UniqueNames.Queue("reports"),
    };

    private sealed record StorageRoles(string Subjects, string Schedule, string Dedupe, string Cases);
}
