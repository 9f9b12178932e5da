using Registry.Cases;
using Registry.Cases.Classification;
using Registry.Serialization;

namespace Registry.Core.Tests.Cases.Classification;

/// <summary>
/// How the classifier did on a set of labelled messages, counted per (message, type) pair: recall is the share of
/// labelled requests it found, precision the share of its findings that were labelled, a wrong guess a type it
/// found that the label does not have.
/// </summary>
internal sealed record CorpusScore(IReadOnlyList<(LabelledMessage Message, Registry.Cases.Classification.Classification Found)> Results)
{
    public static CorpusScore Of(IEnumerable<LabelledMessage> messages) =>
        new(messages.Select(m => (m, RequestClassifier.Classify(m.Subject, m.Body))).ToList());

    public int Labelled => Results.Sum(r => r.Message.Types.Count);

    public int FoundRight => Results.Sum(r => r.Found.Types.Count(r.Message.Types.Contains));

    public int FoundTotal => Results.Sum(r => r.Found.Types.Count);

    public double Recall => Labelled == 0 ? 0 : (double)FoundRight / Labelled;

    public double Precision => FoundTotal == 0 ? 0 : (double)FoundRight / FoundTotal;

    public IEnumerable<string> WrongGuesses => Results.SelectMany(r => r.Found.Types.Where(t => !r.Message.Types.Contains(t)).Select(t => $"{r.Message.Id}:{WireName<RequestType>.Of(t)}"));

    public IEnumerable<string> WrongGuessesOnNonRequests => Results.Where(r => r.Message.Types.Count == 0 && !r.Found.IsUnclear).Select(r => r.Message.Id);

    public IEnumerable<string> RequestsToTriage => Results.Where(r => r.Message.Types.Count > 0 && r.Found.IsUnclear).Select(r => r.Message.Id);

    public IEnumerable<string> WrongLanguage => Results.Where(r => WireName<CaseLanguage>.Of(r.Found.Language) != r.Message.Language).Select(r => r.Message.Id);

    public IEnumerable<(string Label, double Precision, double Recall, int Support)> PerType()
    {
        foreach (var type in Enum.GetValues<RequestType>())
        {
            yield return Score(WireName<RequestType>.Of(type), Results.Select(r => (r.Message.Types.Contains(type), r.Found.Types.Contains(type))));
        }

        yield return Score("triage", Results.Select(r => (r.Message.Types.Count == 0, r.Found.IsUnclear)));
    }

    public IEnumerable<string> Mismatches => Results.Where(r => !r.Message.Types.SetEquals(r.Found.Types))
        .Select(r => $"{r.Message.Id}: expected [{string.Join(',', r.Message.Types)}] got [{string.Join(',', r.Found.Types)}]");

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
