using Registry.Bench;
using Registry.Testing.Azurite;

// Ingestion benchmark (issue 2) and the cost of field encryption (issue 3); see docs/performance.md. Timings are printed, never asserted.
if (args is ["purge", ..])
{
    // bench/run.sh purge [subjects] [due] [large-subjects] [connection|-] [seeding-concurrency]: the retention purge benchmark (issue 7).
    // large-subjects 0 skips the large register; "-" (or no connection) starts an in-memory Azurite of its own.
    using var stop = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
    var purgeConnection = args.Length > 4 && args[4] != "-" ? args[4] : null;
    await using var own = purgeConnection is null ? await AzuriteProcess.StartAsync(stop.Token) : null;
    await PurgeBenchmark.RunAsync(purgeConnection ?? own!.ConnectionString, Arg(1, 100_000), Arg(2, 10_000), Arg(3, 500_000), Arg(5, 48), Console.Out, stop.Token);
    return 0;
}

if (args is ["audience", ..])
{
    // bench/run.sh audience [subjects] [large-subjects] [eligible-every] [page] [connection|-] [seeding-concurrency]: one audience page (issue 18).
    using var stop = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
    var audienceConnection = args.Length > 5 && args[5] != "-" ? args[5] : null;
    await using var own = audienceConnection is null ? await AzuriteProcess.StartAsync(stop.Token) : null;
    await AudienceBenchmark.RunAsync(audienceConnection ?? own!.ConnectionString, Arg(1, 3_000), Arg(2, 30_000), Arg(3, 10), Arg(4, 100), Arg(6, 16), Console.Out, stop.Token);
    return 0;
}

if (args is ["scale", ..])
{
    // bench/run.sh scale [small] [large] [due] [page] [eligible-every] [connection|-] [seeding-concurrency]: issue 18's scale proof, one register per size.
    // large 0 skips the large register; "-" (or no connection) starts an in-memory Azurite of its own.
    using var stop = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
    var scaleConnection = args.Length > 6 && args[6] != "-" ? args[6] : null;
    await using var own = scaleConnection is null ? await AzuriteProcess.StartAsync(stop.Token) : null;
    var scale = new ScaleOptions(Arg(1, 3_000), Arg(2, 100_000), Arg(3, 300), Arg(4, 50), Arg(5, 10), Arg(7, 16));
    await ScaleBenchmark.RunAsync(scaleConnection ?? own!.ConnectionString, scale, Console.Out, stop.Token);
    return 0;
}

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or InvalidOperationException)
{
    await Console.Error.WriteLineAsync($"{e.Message}\nUsage: --orders N --concurrency C --returning-share F --rounds R [--connection \"…\"]");
    return 2;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancellation.Cancel(); };

await using var azurite = options.Connection is null ? await AzuriteProcess.StartAsync(cancellation.Token) : null;
var connection = options.Connection ?? azurite!.ConnectionString;
await using var registry = await BenchRegistry.StartAsync(connection, encrypted: true, cancellationToken: cancellation.Token);
var result = await new IngestionBenchmark(registry, options).RunAsync(cancellation.Token);
Report.Print(options, result, Console.Out);

// Two fresh registers, composed alike: Azurite slows as its tables grow, so neither may inherit the runs above.
await using var encrypted = await BenchRegistry.StartAsync(connection, encrypted: true, cancellationToken: cancellation.Token);
await using var plaintext = await BenchRegistry.StartAsync(connection, encrypted: false, cancellationToken: cancellation.Token);
var encryption = await new EncryptionComparison(encrypted, plaintext, options).RunAsync(cancellation.Token);
Report.PrintEncryption(encryption, Console.Out);
return 0;

int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index], System.Globalization.CultureInfo.InvariantCulture) : fallback;
