using System.Text;

namespace Registry.Cases.Classification;

/// <summary>
/// A message read clause by clause: sentences, and within a sentence the parts "first X and then Y" joins ("and then",
/// "after that", "ja sen jälkeen", "ja sitten", "och sedan", "därefter"), so each part is read for its own request.
/// A clause is its words, lower-cased, with "n't" written out as "not". Linear in the text: one pass, no regex.
/// </summary>
internal static class Clauses
{
    /// <summary>Words that open the second part of "first X and then Y".</summary>
    private static readonly HashSet<string> Then = ["then", "afterwards", "after", "sitten", "jälkeen", "jälkeenpäin", "sedan", "därefter", "efter"];

    /// <summary>Words that join the two parts and belong to neither: "and then", "ja sen jälkeen", "och sedan".</summary>
    private static readonly HashSet<string> Joiners = ["and", "ja", "sen", "och"];

    public static IReadOnlyList<IReadOnlyList<string>> Of(string text)
    {
        var clauses = new List<IReadOnlyList<string>>();
        var current = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text.Replace("n't", " not", StringComparison.Ordinal))
        {
            if (char.IsLetter(c))
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }

            Flush(word, current, clauses);
            if (c is '.' or '!' or '?' or ';' or '\n' or ':')
            {
                Close(current, clauses);
                current = [];
            }
        }

        Flush(word, current, clauses);
        Close(current, clauses);
        return clauses;
    }

    private static void Flush(StringBuilder word, List<string> current, List<IReadOnlyList<string>> clauses)
    {
        if (word.Length == 0)
        {
            return;
        }

        var token = word.ToString();
        word.Clear();
        if (Then.Contains(token))
        {
            var before = current.ToList();
            while (before.Count > 0 && Joiners.Contains(before[^1]))
            {
                before.RemoveAt(before.Count - 1);
            }

            current.Clear();
            Close(before, clauses);
        }

        current.Add(token);
    }

    private static void Close(List<string> clause, List<IReadOnlyList<string>> clauses)
    {
        if (clause.Count > 0)
        {
            clauses.Add(clause.ToList());
        }
    }
}
