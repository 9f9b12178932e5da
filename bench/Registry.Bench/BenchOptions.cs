using Microsoft.Extensions.Configuration;

namespace Registry.Bench;

/// <summary>The command line: <c>--orders N --concurrency C --returning-share F --rounds R [--connection "…"]</c>.</summary>
public sealed class BenchOptions
{
    private static readonly Dictionary<string, string> Switches = new()
    {
        ["--orders"] = nameof(Orders),
        ["--concurrency"] = nameof(Concurrency),
        ["--returning-share"] = nameof(ReturningShare),
        ["--rounds"] = nameof(Rounds),
        ["--connection"] = nameof(Connection),
    };

    public int Orders { get; set; } = 2000;

    public int Concurrency { get; set; } = 16;

    /// <summary>Fraction of the measured orders that come from e-mails the register already knows.</summary>
    public double ReturningShare { get; set; } = 0.5;

    /// <summary>
    /// Baseline and ingestion alternate in this many slices of the orders, so a load spike on a shared
    /// machine hits both alike; 1 runs them as two whole phases.
    /// </summary>
    public int Rounds { get; set; } = 5;

    /// <summary>A running Azurite's connection string; without it the benchmark starts its own.</summary>
    public string? Connection { get; set; }

    public int ReturningOrders => (int)Math.Round(Orders * ReturningShare);

    public static BenchOptions Parse(string[] args)
    {
        var options = new ConfigurationBuilder().AddCommandLine(args, Switches).Build()
            .Get<BenchOptions>(binder => binder.ErrorOnUnknownConfiguration = true) ?? new BenchOptions();
        if (options.Orders < 1 || options.Concurrency < 1 || options.Rounds < 1 || options.Rounds > options.Orders || options.ReturningShare is < 0 or > 1)
        {
            throw new ArgumentException("--orders, --concurrency and --rounds must be at least 1, --rounds at most --orders, --returning-share between 0 and 1.");
        }

        return options;
    }
}
