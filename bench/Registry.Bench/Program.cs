using Registry.Bench;
using Registry.Testing.Azurite;

// Ingestion benchmark (issue 2, docs/performance.md). Timings are printed, never asserted.
var options = BenchOptions.Parse(args);
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancellation.Cancel(); };

await using var azurite = options.Connection is null ? await AzuriteProcess.StartAsync(cancellation.Token) : null;
await using var registry = await BenchRegistry.StartAsync(options.Connection ?? azurite!.ConnectionString, cancellation.Token);
var result = await new IngestionBenchmark(registry, options).RunAsync(cancellation.Token);
Report.Print(options, result, Console.Out);
