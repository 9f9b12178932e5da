using System.Globalization;
using Registry.Cases;
using Xunit.Abstractions;

namespace Registry.Core.Tests.Cases.Classification;

/// <summary>Precision and recall of the classifier on the labelled corpus; printed with --logger "console;verbosity=detailed".</summary>
public class RequestClassifierMetricsTests(ITestOutputHelper output)
{
    private const double MinimumRecall = 0.9;

    private static readonly IReadOnlyList<LabelledMessage> Corpus = LabelledCorpus.Load();

    private static readonly List<LabelledMessage> Written = Corpus.Where(m => !m.HeldOut).ToList();

    private static readonly List<LabelledMessage> HeldOut = Corpus.Where(m => m.HeldOut).ToList();

    [Fact]
    public void Corpus_HasAtLeast80MessagesCoveringEveryTypeAndTriage()
    {
        Assert.True(Written.Count >= 80, $"{Written.Count} messages");
        Assert.All(Enum.GetValues<RequestType>(), type => Assert.True(Written.Count(m => m.Types.Contains(type)) >= 6, type.ToString()));
        Assert.True(Written.Count(m => m.Types.Count == 0) >= 8);
        Assert.Equal(Corpus.Count, Corpus.Select(m => m.Id).Distinct().Count());
    }

    [Fact]
    public void HeldOutRound_HasAtLeast30MessagesInEveryLanguageWithSixNonRequests()
    {
        Assert.True(HeldOut.Count >= 30, $"{HeldOut.Count} messages");
        Assert.Equal(["en", "fi", "sv"], HeldOut.Select(m => m.Language).Distinct().Order());
        Assert.True(HeldOut.Count(m => m.Types.Count == 0) >= 6);
        Assert.True(HeldOut.Count(m => m.Types.Count > 1) >= 3);
    }

    [Fact]
    public void Classify_Corpus_EveryTypeHasRecallOfAtLeast09()
    {
        var score = CorpusScore.Of(Written);
        Print(score);

        Assert.All(score.PerType(), row => Assert.True(row.Recall >= MinimumRecall, $"{row.Label} recall {row.Recall:0.00}"));
        Assert.All(score.PerType(), row => Assert.True(row.Precision >= MinimumRecall, $"{row.Label} precision {row.Precision:0.00}"));
    }

    /// <summary>
    /// The held-out round on its own. Its first run (docs/intake.md) was the honest estimate; the rules were improved
    /// after it, so from then on these are floors that keep the round read as well as it is now.
    /// </summary>
    [Fact]
    public void Classify_HeldOutRound_RecallAtLeast09PrecisionAtLeast095NoGuessOnANonRequest()
    {
        var score = CorpusScore.Of(HeldOut);
        Print(score);

        Assert.True(score.Recall >= 0.9, $"recall {score.Recall:0.00}");
        Assert.True(score.Precision >= 0.95, $"precision {score.Precision:0.00}");
        Assert.Empty(score.WrongGuessesOnNonRequests);
        Assert.True(score.WrongLanguage.Count() <= HeldOut.Count * 0.05, string.Join(", ", score.WrongLanguage));
    }

    [Fact]
    public void Classify_Corpus_LanguageIsRightForAtLeast95Percent()
    {
        var wrong = CorpusScore.Of(Written).WrongLanguage.ToList();
        output.WriteLine($"language wrong: {string.Join(", ", wrong)}");

        Assert.True(wrong.Count <= Written.Count * 0.05, string.Join(", ", wrong));
    }

    private void Print(CorpusScore score)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{score.Results.Count} messages, {score.Labelled} labelled requests: recall {score.Recall:0.00} ({score.FoundRight}/{score.Labelled}), precision {score.Precision:0.00} ({score.FoundRight}/{score.FoundTotal})"));
        foreach (var (label, precision, recall, support) in score.PerType())
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label,-14} precision {precision:0.00}  recall {recall:0.00}  support {support}"));
        }

        output.WriteLine($"wrong guesses: [{string.Join(", ", score.WrongGuesses)}], on non-requests: [{string.Join(", ", score.WrongGuessesOnNonRequests)}]");
        output.WriteLine($"requests sent to triage: [{string.Join(", ", score.RequestsToTriage)}]");
        var wrongLanguage = score.WrongLanguage.ToList();
        output.WriteLine($"language right {score.Results.Count - wrongLanguage.Count}/{score.Results.Count}, wrong: [{string.Join(", ", wrongLanguage)}]");
        foreach (var mismatch in score.Mismatches)
        {
            output.WriteLine($"mismatch {mismatch}");
        }
    }
}
