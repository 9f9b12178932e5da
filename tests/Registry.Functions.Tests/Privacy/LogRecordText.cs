using System.Collections;
using Microsoft.Extensions.Logging.Testing;

namespace Registry.Functions.Tests.Privacy;

/// <summary>Every string a log record carries to a provider: message, each state value, each scope value, the whole exception chain.</summary>
public static class LogRecordText
{
    public static IEnumerable<(string Part, string Text)> Parts(FakeLogRecord record)
    {
        yield return ("message", record.Message);
        foreach (var (key, value) in record.StructuredState ?? [])
        {
            yield return ($"state {key}", $"{key}={value}");
        }

        foreach (var scope in record.Scopes)
        {
            foreach (var text in ScopeTexts(scope))
            {
                yield return ("scope", text);
            }
        }

        for (var exception = record.Exception; exception is not null; exception = exception.InnerException)
        {
            // ToString has the inner exceptions (and an AggregateException's every one); Data is not in it.
            yield return ("exception", exception.ToString());
            foreach (DictionaryEntry entry in exception.Data)
            {
                yield return ("exception data", $"{entry.Key}={entry.Value}");
            }
        }
    }

    private static IEnumerable<string> ScopeTexts(object? scope)
    {
        if (scope is null)
        {
            yield break;
        }

        yield return scope.ToString() ?? string.Empty;
        if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
        {
            foreach (var (key, value) in pairs)
            {
                yield return $"{key}={value}";
            }
        }
    }
}
