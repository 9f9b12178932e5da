using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Registry.Infrastructure.Tests.Storage;

/// <summary>
/// Records every table query the Azure SDK sends (a GET on <c>{table}()</c>, as opposed to a point read on
/// <c>{table}(PartitionKey='…',RowKey='…')</c>): the table and its <c>$filter</c>, null when it has none.
/// </summary>
public sealed class TableQueryRecorder : HttpPipelineSynchronousPolicy
{
    private readonly ConcurrentQueue<TableQuery> _queries = new();

    public IReadOnlyCollection<TableQuery> Queries => _queries;

    public override void OnSendingRequest(HttpMessage message)
    {
        var uri = message.Request.Uri.ToUri();
        var segment = uri.Segments[^1];
        if (message.Request.Method != RequestMethod.Get || !segment.EndsWith("()", StringComparison.Ordinal))
        {
            return;
        }

        var filter = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p[0] == "$filter" || p[0] == "%24filter")
            .Select(p => Uri.UnescapeDataString(p[1].Replace('+', ' ')))
            .FirstOrDefault();
        _queries.Enqueue(new TableQuery(segment[..^2], filter));
    }
}

/// <summary>One table query as sent.</summary>
public sealed record TableQuery(string Table, string? Filter)
{
    /// <summary>
    /// True when the filter pins one partition: a top-level conjunct <c>PartitionKey eq '…'</c> and no top-level
    /// <c>or</c> (which could widen it to other partitions).
    /// </summary>
    public bool NamesOnePartition => Filter is { } filter && TopLevel(filter, out var conjuncts) && conjuncts.Any(IsPartitionEquality);

    private static bool IsPartitionEquality(string conjunct)
    {
        var term = conjunct.Trim();
        while (term.StartsWith('(') && term.EndsWith(')') && Balanced(term[1..^1]))
        {
            term = term[1..^1].Trim();
        }

        return term.StartsWith("PartitionKey eq '", StringComparison.Ordinal) && term.EndsWith('\'') && !term[17..^1].Replace("''", string.Empty).Contains('\'');
    }

    /// <summary>Splits on top-level <c>and</c>; false when a top-level <c>or</c> appears.</summary>
    private static bool TopLevel(string filter, out List<string> conjuncts)
    {
        conjuncts = [];
        var (depth, quoted, start) = (0, false, 0);
        for (var i = 0; i < filter.Length; i++)
        {
            var c = filter[i];
            if (c == '\'')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == '(')
            {
                depth++;
            }
            else if (!quoted && c == ')')
            {
                depth--;
            }
            else if (!quoted && depth == 0 && At(filter, i, " or "))
            {
                return false;
            }
            else if (!quoted && depth == 0 && At(filter, i, " and "))
            {
                conjuncts.Add(filter[start..i]);
                start = i + 5;
            }
        }

        conjuncts.Add(filter[start..]);
        return true;
    }

    private static bool At(string text, int index, string word) => string.CompareOrdinal(text, index, word, 0, word.Length) == 0;

    private static bool Balanced(string text)
    {
        var (depth, quoted) = (0, false);
        foreach (var c in text)
        {
            quoted ^= c == '\'';
            depth += quoted ? 0 : c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0)
            {
                return false;
            }
        }

        return depth == 0;
    }
}
