using System.Globalization;
using OpenTelemetry;
using OpenTelemetry.Logs;

namespace Registry.Functions.Telemetry;

/// <summary>
/// Turns every log attribute into its text while the log call is still running. The redaction pipeline hands
/// classified values over as pooled just-in-time redactors that render their redacted text only until the call
/// returns; a batching exporter reads them later, when they are back in the pool (they throw, or render another
/// call's value). Registered before the exporters, so what they buffer is the redacted text itself.
/// </summary>
public sealed class LogAttributeSnapshot : BaseProcessor<LogRecord>
{
    public override void OnEnd(LogRecord data)
    {
        if (data.Attributes is not { Count: > 0 } attributes)
        {
            return;
        }

        var snapshot = new List<KeyValuePair<string, object?>>(attributes.Count);
        foreach (var (key, value) in attributes)
        {
            snapshot.Add(new(key, value switch
            {
                null or string or bool or int or long or double or decimal => value,
                IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString(),
            }));
        }

        data.Attributes = snapshot;
    }
}
