using System.Globalization;
using Registry.Cases;
using Registry.Cases.Classification;
using Registry.Serialization;
using Xunit.Abstractions;

namespace Registry.Core.Tests.Cases.Classification;

/// <summary>Precision and recall of the classifier on the labelled corpus; printed with --logger "console;verbosity=detailed".</summary>
public class RequestClassifierMetricsTests(ITestOutputHelper output)
{
    private const double MinimumRecall = 0.9;

    private static readonly IReadOnlyList<LabelledMessage> Corpus = LabelledCorpus.Load();

    [Fact]
    public void Corpus_HasAtLeast80MessagesCoveringEveryTypeAndTriage()
    {
        Assert.True(Corpus.Count >= 80, $"{Corpus.Count} messages");
        Assert.All(Enum.GetValues<RequestType>(), type => Assert.True(Corpus.Count(m => m.Types.Contains(type)) >= 6, type.ToString()));
        Assert.True(Corpus.Count(m => m.Types.Count == 0) >= 8);
        Assert.Equal(Corpus.Count, Corpus.Select(m => m.Id).Distinct().Count());
    }

    [Fact]
    public void Classify_Corpus_EveryTypeHasRecallOfAtLeast09()
    {
        var results = Corpus.Select(m => (Message: m, Found: RequestClassifier.Classify(m.Subject, m.Body))).ToList();
        var rows = new List<(string Label, double Precision, double Recall, int Support)>();
        foreach (var type in Enum.GetValues<RequestType>())
        {
            rows.Add(Score(WireName<RequestType>.Of(type), results.Select(r => (r.Message.Types.Contains(type), r.Found.Types.Contains(type)))));
        }

        rows.Add(Score("triage", results.Select(r => (r.Message.Types.Count == 0, r.Found.IsUnclear))));
        foreach (var (label, precision, recall, support) in rows)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label,-14} precision {precision:0.00}  recall {recall:0.00}  support {support}"));
        }

        foreach (var (message, found) in results.Where(r => !r.Message.Types.SetEquals(r.Found.Types)))
        {
            output.WriteLine($"mismatch {message.Id}: expected [{string.Join(',', message.Types)}] got [{string.Join(',', found.Types)}]");
        }

        Assert.All(rows, row => Assert.True(row.Recall >= MinimumRecall, $"{row.Label} recall {row.Recall:0.00}"));
        Assert.All(rows, row => Assert.True(row.Precision >= MinimumRecall, $"{row.Label} precision {row.Precision:0.00}"));
    }

    [Fact]
    public void Classify_Corpus_LanguageIsRightForAtLeast95Percent()
    {
        var wrong = Corpus.Where(m => RequestClassifier.Classify(m.Subject, m.Body).Language != m.Language).Select(m => m.Id).ToList();
        output.WriteLine($"language wrong: {string.Join(", ", wrong)}");

        Assert.True(wrong.Count <= Corpus.Count * 0.05, string.Join(", ", wrong));
    }

    private static (string Label, double Precision, double Recall, int Support) Score(string label, IEnumerable<(bool Expected, bool Found)> pairs)
    {
        var list = pairs.ToList();
        var truePositives = list.Count(p => p.Expected && p.Found);
        var foundCount = list.Count(p => p.Found);
        var expectedCount = list.Count(p => p.Expected);
        var precision = foundCount == 0 ? 0 : (double)truePositives / foundCount;
        var recall = expectedCount == 0 ? 0 : (double)truePositives / expectedCount;
        return (label, precision, recall, expectedCount);
    }
}
