using System.Diagnostics;
using System.Reflection;

namespace Registry.Infra.Tests.Arm;

/// <summary>Evaluates Bicep expressions with the offline `bicep console` (the CLI the build compiles the templates with).</summary>
public static class BicepConsole
{
    private static string BicepPath => typeof(BicepConsole).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "BicepPath").Value!;

    /// <summary>Each expression's printed value, after the <paramref name="declarations"/> (e.g. a func) are entered.</summary>
    public static async Task<List<string>> EvaluateAsync(string declarations, IEnumerable<string> expressions)
    {
        var start = new ProcessStartInfo(BicepPath, "console")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var lines = expressions.ToList();
        await process.StandardInput.WriteAsync(declarations + "\n" + string.Join("\n", lines) + "\n");
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var values = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        Assert.True(values.Count == lines.Count, $"bicep console printed {values.Count} values for {lines.Count} expressions: {output}");
        return values;
    }

    /// <summary>A func declaration of infra/types.bicep, joined onto one line for the console.</summary>
    public static string Function(string file, string name)
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "infra", file));
        var start = Array.FindIndex(lines, l => l.StartsWith($"func {name}(", StringComparison.Ordinal));
        Assert.True(start >= 0, $"func {name} not found in {file}");
        return string.Join(' ', lines.Skip(start).TakeWhile((l, i) => i == 0 || l.StartsWith(' ')));
    }
}
