using System.Globalization;

namespace Registry.Bench;

/// <summary>Prints one run's figures and whether each target is met.</summary>
public static class Report
{
    private const double RatioTarget = 0.25;
    private const double NewTarget = 4;
    private const double ReturningTarget = 3;
    private const double EncryptionCostTarget = 0.10;

    public static void Print(BenchOptions options, BenchResult result, TextWriter output)
    {
        var ratio = result.Ingestion.OrdersPerSecond / result.Baseline.OrdersPerSecond;
        var (fresh, returning) = (result.NewRequests.Average(), result.ReturningRequests.Average());
        output.WriteLine(Invariant($"orders {options.Orders}, concurrency {options.Concurrency}, returning share {options.ReturningShare:0.##}, rounds {options.Rounds}"));
        output.WriteLine();
        output.WriteLine("| measure                      |     value | before  | target  | met |");
        output.WriteLine("|------------------------------|----------:|---------|---------|-----|");
        Row(output, "baseline orders/s", result.Baseline.OrdersPerSecond, "", null);
        Row(output, "ingestion orders/s", result.Ingestion.OrdersPerSecond, "", null);
        Row(output, "ratio ingestion/baseline", ratio, ">= 0.25", ratio >= RatioTarget, "0.10");
        Row(output, "requests/order, new", fresh, "<= 4", fresh <= NewTarget, "6");
        Row(output, "requests/order, returning", returning, "<= 3", returning <= ReturningTarget, "4");
        output.WriteLine();
        output.WriteLine(Invariant(
            $"requests/order in the timed phases: baseline {result.Baseline.RequestsPerOrder:0.00}, ingestion {result.Ingestion.RequestsPerOrder:0.00}"));
        var rounds = result.BaselineRounds.Zip(result.IngestionRounds, (b, i) => Invariant($"{b.OrdersPerSecond:0}/{i.OrdersPerSecond:0}"));
        output.WriteLine($"orders/s per round, baseline/ingestion: {string.Join(", ", rounds)}");
        output.WriteLine(Invariant(
            $"per-order request counts: new {Range(result.NewRequests)}, returning {Range(result.ReturningRequests)} ({result.NewRequests.Count} of each, single-threaded)"));
        output.WriteLine(Invariant(
            $"seeding the known customers (new customers only): {result.Seeding.OrdersPerSecond:0.0} orders/s"));
    }

    /// <summary>The encryption comparison (issue 3): its cost as a share of plaintext throughput, target under 10%.</summary>
    public static void PrintEncryption(EncryptionResult result, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("| encryption                   |     value | before  | target  | met |");
        output.WriteLine("|------------------------------|----------:|---------|---------|-----|");
        Row(output, "plaintext orders/s", result.Plaintext.OrdersPerSecond, "", null);
        Row(output, "encrypted orders/s", result.Encrypted.OrdersPerSecond, "", null);
        Row(output, "ratio encrypted/plaintext", result.Encrypted.OrdersPerSecond / result.Plaintext.OrdersPerSecond, "", null);
        Row(output, "throughput cost of encryption", result.Cost * 100, "< 10 %", result.Cost < EncryptionCostTarget, "6-15 %");
        var rounds = result.PlaintextRounds.Zip(result.EncryptedRounds, (p, e) => Invariant($"{p.OrdersPerSecond:0}/{e.OrdersPerSecond:0}"));
        output.WriteLine($"orders/s per round, plaintext/encrypted: {string.Join(", ", rounds)}");
        output.WriteLine(Invariant(
            $"requests/order: plaintext {result.Plaintext.RequestsPerOrder:0.00}, encrypted {result.Encrypted.RequestsPerOrder:0.00}"));
    }

    /// <summary>One measure; <paramref name="before"/> is the figure issue 18 measured before its change.</summary>
    private static void Row(TextWriter output, string name, double value, string target, bool? met, string before = "") =>
        output.WriteLine(Invariant($"| {name,-28} | {value,9:0.00} | {before,-7} | {target,-7} | {(met is null ? "" : met.Value ? "yes" : "no"),-3} |"));

    private static string Range(IReadOnlyList<int> counts) =>
        counts.Min() == counts.Max() ? Invariant($"{counts.Min()}") : Invariant($"{counts.Min()}-{counts.Max()}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
