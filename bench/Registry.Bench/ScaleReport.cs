using System.Globalization;

namespace Registry.Bench;

/// <summary>
/// The scale mode's table: each measure at both sizes, the drift from small to large, whether requests per item stay
/// flat (within 2 %, issue 18) and whether the request targets are met at every size measured.
/// </summary>
public static class ScaleReport
{
    private const double FlatWithin = 0.02;

    public static void Print(ScaleOptions options, ScaleFigures small, ScaleFigures? large, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine(Invariant($"| measure                          | {small.Subjects,9} | {Size(large),9} |   drift | flat (<= 2 %) | target | target met |"));
        output.WriteLine("|----------------------------------|----------:|----------:|--------:|---------------|--------|------------|");
        Row(output, "requests per order, new", small, large, f => f.NewPerOrder, flat: true, "<= 4", 4);
        Row(output, "requests per order, returning", small, large, f => f.ReturningPerOrder, flat: true, "<= 3", 3);
        Row(output, "purge requests per due item", small, large, f => f.PurgePerItem, flat: true, "<= 4", 4);
        Row(output, Invariant($"audience requests, page of {options.Page}"), small, large, f => f.Audience.Requests, flat: false);
        Row(output, "audience requests per person", small, large, f => f.Audience.PerPersonServed, flat: false);
        output.WriteLine();
        output.WriteLine("Timings (printed, never asserted; Azurite scans whole tables, so they grow with the register):");
        output.WriteLine(Invariant($"| timing                           | {small.Subjects,9} | {Size(large),9} |"));
        output.WriteLine("|----------------------------------|----------:|----------:|");
        Row(output, "seeding, people/s", small, large, f => f.Subjects / f.Seeding.TotalSeconds);
        Row(output, "audience page, s", small, large, f => f.Audience.Time.TotalSeconds);
        Row(output, "new customer's order, ms", small, large, f => f.NewTime.TotalMilliseconds / f.NewRequests.Count);
        Row(output, "returning customer's order, ms", small, large, f => f.ReturningTime.TotalMilliseconds / f.ReturningRequests.Count);
        Row(output, "purge, due items/s", small, large, f => f.Due / f.PurgeTime.TotalSeconds);
        output.WriteLine(Invariant(
            $"per-order request counts: new {Range(small.NewRequests)} / {Range(large?.NewRequests)}, returning {Range(small.ReturningRequests)} / {Range(large?.ReturningRequests)} ({ScaleBenchmark.Sample} of each per size, one at a time)"));
    }

    private static void Row(
        TextWriter output, string name, ScaleFigures small, ScaleFigures? large, Func<ScaleFigures, double> measure, bool flat, string target = "", double? limit = null)
    {
        var (s, l) = (measure(small), large is null ? (double?)null : measure(large));
        var drift = l is { } value ? value / s - 1 : (double?)null;
        var flatness = flat && drift is { } d ? Met(Math.Abs(d) <= FlatWithin) : "";
        var met = limit is { } most ? Met(s <= most && (l is null || l <= most)) : "";
        output.WriteLine(Invariant(
            $"| {name,-32} | {s,9:0.00} | {Value(l),9} | {(drift is { } x ? x.ToString("+0.0 %;-0.0 %", CultureInfo.InvariantCulture) : ""),7} | {flatness,-13} | {target,-6} | {met,-10} |"));
    }

    private static void Row(TextWriter output, string name, ScaleFigures small, ScaleFigures? large, Func<ScaleFigures, double> measure) =>
        output.WriteLine(Invariant($"| {name,-32} | {measure(small),9:0.00} | {Value(large is null ? null : measure(large)),9} |"));

    private static string Met(bool met) => met ? "met" : "not met";

    private static string Size(ScaleFigures? large) => large is null ? "-" : large.Subjects.ToString(CultureInfo.InvariantCulture);

    private static string Value(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "";

    private static string Range(IReadOnlyList<int>? counts) =>
        counts is null ? "-" : counts.Min() == counts.Max() ? Invariant($"{counts.Min()}") : Invariant($"{counts.Min()}-{counts.Max()}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
