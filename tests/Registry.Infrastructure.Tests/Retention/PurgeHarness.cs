using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Registry.Retention;
using Registry.Retention.Purge;
using Registry.Testing.Azurite;
using Registry.Testing.Harness;

namespace Registry.Infrastructure.Tests.Retention;

/// <summary>The register on Azurite with containers and queues of its own, a <see cref="FakeTimeProvider"/>, and optional extra rules.</summary>
internal static class PurgeHarness
{
    public static async Task<(RegistryHarness Registry, FakeTimeProvider Time)> StartAsync(
        string connectionString, DateTimeOffset now, Action<IServiceCollection>? register = null, bool dryRun = false)
    {
        var time = new FakeTimeProvider(now);
        var registry = await RegistryHarness.StartAsync(connectionString, services =>
        {
            services.AddSingleton<TimeProvider>(time);
            if (register is not null)
            {
                // These tests drive the runner with fake rules; a fake "review" rule stands in for the real one.
                foreach (var real in services.Where(d => d.ImplementationType == typeof(Registry.Retention.Review.SubjectReviewRule)).ToList())
                {
                    services.Remove(real);
                }

                register(services);
            }
        }, new Dictionary<string, string?>
        {
            ["RegistrySubjectRequestsQueue"] = UniqueNames.Queue("requests"),
            ["RegistryOutboundMailQueue"] = UniqueNames.Queue("mail"),
            ["RegistryCaseActionsQueue"] = UniqueNames.Queue("actions"),
            ["Registry:Storage:TriageContainer"] = UniqueNames.Queue("triage"),
            ["Registry:Storage:AuditContainer"] = UniqueNames.Queue("audit"),
            ["Registry:Storage:ExportsContainer"] = UniqueNames.Queue("exports"),
            ["Registry:Storage:PurgeReportsContainer"] = UniqueNames.Queue("reports"),
            ["Registry:Retention:DryRun"] = dryRun ? "true" : "false",
        });
        return (registry, time);
    }

    public static Task<PurgeReport> PurgeAsync(this RegistryHarness registry, bool? dryRun = null, CancellationToken cancellationToken = default) =>
        registry.Get<PurgeRunner>().RunAsync(new PurgeRequest(dryRun), cancellationToken);

    /// <summary>One rule applied directly to one target, as the runner would on <paramref name="today"/>.</summary>
    public static Task<PurgeItemResult> ApplyRuleAsync(this RegistryHarness registry, string kind, string target, DateOnly today) =>
        registry.Services.GetServices<IPurgeRule>().Single(r => r.Kind == kind).ApplyAsync(new ScheduledItem(kind, target, today), new PurgeRun(today, false));

    public static Task<List<TableEntity>> ScheduleAsync(this RegistryHarness registry) => registry.ScanAsync(registry.Names.ScheduleTable);

    public static BlobContainerClient Container(this RegistryHarness registry, Func<Registry.Infrastructure.Storage.StorageNames, string> name) =>
        registry.Get<BlobServiceClient>().GetBlobContainerClient(name(registry.Names));

    public static async Task<List<string>> BlobNamesAsync(this RegistryHarness registry, Func<Registry.Infrastructure.Storage.StorageNames, string> name)
    {
        var names = new List<string>();
        await foreach (var blob in registry.Container(name).GetBlobsAsync())
        {
            names.Add(blob.Name);
        }

        return names;
    }

    /// <summary>The reports written so far (the lock blob aside), as text.</summary>
    public static async Task<List<string>> ReportsAsync(this RegistryHarness registry)
    {
        var container = registry.Container(n => n.PurgeReportsContainer);
        var reports = new List<string>();
        foreach (var name in (await registry.BlobNamesAsync(n => n.PurgeReportsContainer)).Where(n => n.EndsWith(".json", StringComparison.Ordinal)).Order())
        {
            reports.Add((await container.GetBlobClient(name).DownloadContentAsync()).Value.Content.ToString());
        }

        return reports;
    }

    public static JsonObject Json(string report) => JsonNode.Parse(report)!.AsObject();

    /// <summary>A rule for <c>review</c> items standing in for the lead's: deletes the subject's <c>order|…</c> rows, tolerating repeats.</summary>
    public sealed class FakeReviewRule(RegistryHarness? registry = null) : IPurgeRule
    {
        private int _calls;

        public RegistryHarness? Registry { get; set; } = registry;

        public Func<ScheduledItem, Task>? Before { get; set; }

        public Func<ScheduledItem, int, Task>? After { get; set; }

        public int Calls => _calls;

        public string Kind => ScheduledItem.ReviewKind;

        public async Task<PurgeItemResult> ApplyAsync(ScheduledItem item, PurgeRun run, CancellationToken cancellationToken = default)
        {
            var call = Interlocked.Increment(ref _calls);
            if (Before is not null)
            {
                await Before(item);
            }

            var table = Registry!.Tables.GetTableClient(Registry.Names.SubjectsTable);
            var deleted = 0;
            await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == item.Target, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
            {
                if (row.RowKey.StartsWith("order|", StringComparison.Ordinal))
                {
                    if (!run.DryRun)
                    {
                        await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, Azure.ETag.All, cancellationToken);
                    }

                    deleted++;
                }
            }

            if (After is not null)
            {
                await After(item, call);
            }

            return new PurgeItemResult(new Dictionary<string, int> { ["accounting-records"] = deleted }, null, []);
        }
    }
}
