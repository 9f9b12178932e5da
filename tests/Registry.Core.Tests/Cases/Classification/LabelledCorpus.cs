using Registry.Cases;
using Registry.Serialization;

namespace Registry.Core.Tests.Cases.Classification;

/// <summary>One labelled message of corpus.txt.</summary>
internal sealed record LabelledMessage(string Id, IReadOnlySet<RequestType> Types, CaseLanguage Language, string Subject, string Body);

/// <summary>Reads corpus.txt: "### id types=a,b lang=fi", a "Subject:" line, then the body.</summary>
internal static class LabelledCorpus
{
    public static IReadOnlyList<LabelledMessage> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Cases", "Classification", "corpus.txt");
        var blocks = File.ReadAllText(path).ReplaceLineEndings("\n").Split("\n### ").Skip(1);
        return blocks.Select(Parse).ToList();
    }

    private static LabelledMessage Parse(string block)
    {
        var lines = block.Split('\n');
        var header = lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var types = header[1]["types=".Length..];
        var labels = types == "none"
            ? new HashSet<RequestType>()
            : types.Split(',').Select(t => WireName<RequestType>.TryParse(t, out var type) ? type : throw new FormatException(t)).ToHashSet();
        var language = header[2] == "lang=fi" ? CaseLanguage.Fi : CaseLanguage.En;
        var subject = lines[1]["Subject: ".Length..];
        // Lines starting with "# " are the corpus's own comments, not message text.
        return new LabelledMessage(header[0], labels, language, subject, string.Join('\n', lines.Skip(2).Where(l => !l.StartsWith("# ", StringComparison.Ordinal))));
    }
}
