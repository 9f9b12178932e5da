using System.Collections.Concurrent;
using System.Text.Json;
using Registry.DevHost.Rpc;

namespace Registry.DevHost.Worker;

/// <summary>
/// Writes the worker's log lines (RpcLog) to the host's log providers under the worker's own category and
/// level. The worker has already filtered them (its logging set-up, AddRegistryFunctions, is the one Azure
/// runs), so the host's own filter rules are not applied again: a line the worker's filters let through
/// shows here, which is what the privacy tests hold the worker to.
/// </summary>
public sealed class WorkerLogForwarder(IEnumerable<ILoggerProvider> providers)
{
    private readonly ConcurrentDictionary<string, ILogger[]> _loggers = new(StringComparer.Ordinal);

    public void Write(RpcLog log)
    {
        var level = log.Level switch
        {
            RpcLog.Types.Level.Trace => LogLevel.Trace,
            RpcLog.Types.Level.Debug => LogLevel.Debug,
            RpcLog.Types.Level.Information => LogLevel.Information,
            RpcLog.Types.Level.Warning => LogLevel.Warning,
            RpcLog.Types.Level.Error => LogLevel.Error,
            RpcLog.Types.Level.Critical => LogLevel.Critical,
            _ => LogLevel.None,
        };
        if (level == LogLevel.None || log.LogCategory == RpcLog.Types.RpcLogCategory.CustomMetric)
        {
            return;
        }

        var category = string.IsNullOrEmpty(log.Category) ? "Function.Worker" : log.Category;
        var eventId = int.TryParse(log.EventId, out var id) ? new EventId(id) : default;
        var exception = log.Exception is null ? null : new WorkerException(log.Exception);
        var state = State(log);
        foreach (var logger in _loggers.GetOrAdd(category, name => providers.Select(provider => provider.CreateLogger(name)).ToArray()))
        {
            if (logger.IsEnabled(level))
            {
                logger.Log(level, eventId, state, exception, static (s, _) => s.Message);
            }
        }
    }

    private static WorkerLogState State(RpcLog log)
    {
        var properties = new List<KeyValuePair<string, object?>>();
        if (!string.IsNullOrEmpty(log.Properties))
        {
            try
            {
                using var document = JsonDocument.Parse(log.Properties);
                if (document.RootElement.ValueKind == JsonValueKind.Object)
                {
                    properties.AddRange(document.RootElement.EnumerateObject()
                        .Select(property => new KeyValuePair<string, object?>(property.Name, property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : property.Value.GetRawText())));
                }
            }
            catch (JsonException)
            {
                // not structured: the message alone
            }
        }

        if (!string.IsNullOrEmpty(log.InvocationId))
        {
            properties.Add(new("InvocationId", log.InvocationId));
        }

        return new WorkerLogState(log.Message, properties);
    }

    private sealed class WorkerLogState(string message, List<KeyValuePair<string, object?>> properties)
        : IReadOnlyList<KeyValuePair<string, object?>>
    {
        public string Message { get; } = message;

        public int Count => properties.Count;

        public KeyValuePair<string, object?> this[int index] => properties[index];

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => properties.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => Message;
    }
}

/// <summary>An exception the worker reported, as text: its type, message and stack trace.</summary>
public sealed class WorkerException(RpcException exception) : Exception($"{exception.Type}: {exception.Message}")
{
    public string Type { get; } = exception.Type;

    public override string? StackTrace { get; } = exception.StackTrace;

    public override string ToString() => $"{Message}{Environment.NewLine}{StackTrace}";
}
