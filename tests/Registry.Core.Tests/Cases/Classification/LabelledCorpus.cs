using Registry.Cases;
using Registry.Serialization;

namespace Registry.Core.Tests.Cases.Classification;

/// <summary>
/// One labelled message of corpus.txt. <see cref="Language"/> is the label as written (fi, en, sv), so a round can
/// label a language before the classifier knows it. <see cref="HeldOut"/>: written after the rules, see <see cref="LabelledCorpus.HeldOutRound"/>.
/// </summary>
internal sealed record LabelledMessage(string Id, IReadOnlySet<RequestType> Types, string Language, string Subject, string Body)
{
    public bool HeldOut => Id.StartsWith(LabelledCorpus.HeldOutRound, StringComparison.Ordinal);
}

/// <summary>Reads corpus.txt: "### id types=a,b lang=fi", a "Subject:" line, then the body.</summary>
internal static class LabelledCorpus
{
    /// <summary>The id prefix of the round written after the rules were last changed (issue 19).</summary>
    public const string HeldOutRound = "r3-";

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
        var language = header[2].StartsWith("lang=", StringComparison.Ordinal) ? header[2]["lang=".Length..] : throw new FormatException(header[2]);
        var subject = lines[1]["Subject: ".Length..];
        // Lines starting with "# " are the corpus's own comments, not message text.
        return new LabelledMessage(header[0], labels, language, subject, string.Join('\n', lines.Skip(2).Where(l => !l.StartsWith("# ", StringComparison.Ordinal))));
    }
}
