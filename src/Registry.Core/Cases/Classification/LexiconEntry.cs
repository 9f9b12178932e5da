namespace Registry.Cases.Classification;

/// <summary>
/// One entry of the <see cref="Lexicon"/>: words in their dictionary form, in order, in one clause, each within three
/// words of the one before ("kopio … tiedoista"). A word matches every inflection the language's Snowball stemmer
/// reduces to the same stem or a longer one ("hävittää" matches "hävitetään", "hävittäkää"); in Finnish and Swedish also
/// the end of a compound ("tieto" matches "henkilötietoni"). "a/b" is either word, for stems the stemmer does not join
/// ("jäljennös/jäljennöstä"). Words of three letters or fewer match only themselves.
/// </summary>
internal sealed class LexiconEntry
{
    private const int Gap = 3;

    private readonly string[][] words;

    public LexiconEntry(RequestType type, CaseLanguage language, string phrase)
    {
        Type = type;
        Language = language;
        Phrase = phrase;
        words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Split('/').Select(alternative => Stemmer.Stem(language, alternative)).ToArray())
            .ToArray();
    }

    public RequestType Type { get; }

    public CaseLanguage Language { get; }

    /// <summary>The entry as the officer reads it, e.g. <c>fi: hävittää</c>.</summary>
    public string Phrase { get; }

    /// <summary>
    /// Whether the phrase is in a clause: its words' stems in the entry's language, in order, and the same stems once each.
    /// An entry with a word none of the clause's distinct stems matches is out at once; otherwise one pass, linear in the clause.
    /// </summary>
    public bool IsIn(IReadOnlyList<string> stems, IReadOnlySet<string> distinct)
    {
        if (!words.All(word => distinct.Any(stem => Matches(word, stem))))
        {
            return false;
        }

        // last[k]: the latest position where the phrase's first k + 1 words matched in order, each within the gap.
        var last = new int[words.Length];
        Array.Fill(last, int.MinValue / 2);
        for (var i = 0; i < stems.Count; i++)
        {
            // Backwards, so one word of the clause fills one place of the phrase at most.
            for (var k = words.Length - 1; k >= 0; k--)
            {
                if ((k == 0 || i - last[k - 1] <= Gap + 1) && Matches(words[k], stems[i]))
                {
                    if (k == words.Length - 1)
                    {
                        return true;
                    }

                    last[k] = i;
                }
            }
        }

        return false;
    }

    private bool Matches(string[] alternatives, string stem) => alternatives.Any(a =>
        a.Length <= 3 ? stem == a
        : stem.StartsWith(a, StringComparison.Ordinal) || (Language != CaseLanguage.En && a.Length >= 5 && stem.EndsWith(a, StringComparison.Ordinal)));
}
