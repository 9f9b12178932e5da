namespace Registry.Cases.Classification;

/// <summary>
/// Reads a subject request in Finnish, Swedish, English or a mix, and says which rights it invokes, why (which rule and
/// phrase), in which language to answer, and which customer or order numbers it quotes. Three readable sources, in order:
/// the literal phrases of <see cref="ClassificationRules"/>, the stemmed <see cref="Lexicon"/> read clause by clause, and
/// GDPR article citations (<see cref="LegalReferences"/>); then the exclusions and requirements. Measured against a
/// labelled corpus in the tests; when nothing matches the case goes to triage.
/// </summary>
public static class RequestClassifier
{
    public static Classification Classify(string? subject, string? body)
    {
        var own = MessageText.Own(subject, body);
        var text = ClassificationRules.Idioms.Replace(own.ToLowerInvariant(), " ");
        var reasons = Phrases(text).Concat(LexiconEntries(text)).Concat(Articles(text))
            .Where(reason => !ClassificationRules.Exclusions.Any(ex => ex.Drop == reason.Type && ex.When.IsMatch(text)))
            .Where(reason => ClassificationRules.Requirements.All(req => req.Keep != reason.Type || req.Only.IsMatch(text)))
            .DistinctBy(reason => (reason.Type, reason.Rule, reason.Matched))
            .ToList();

        return new Classification
        {
            Types = reasons.Select(reason => reason.Type).Distinct().Order().ToList(),
            Reasons = reasons,
            Language = LanguageDetector.Detect(text),
            CustomerNumbers = IdentityHints.CustomerNumbers(own),
            OrderNumbers = IdentityHints.OrderNumbers(own),
        };
    }

    private static IEnumerable<ClassificationReason> Phrases(string text) =>
        ClassificationRules.Patterns.Where(rule => rule.Pattern.IsMatch(text)).Select(rule => new ClassificationReason(rule.Type, "phrase", rule.Name));

    private static IEnumerable<ClassificationReason> LexiconEntries(string text)
    {
        // Each distinct clause once: a long or hostile mail repeats them, and a clause reads the same wherever it stands.
        var clauses = Clauses.Of(text).Select(clause => string.Join(' ', clause)).Distinct(StringComparer.Ordinal).Select(clause => clause.Split(' ')).ToList();
        // Each distinct word is stemmed once per language: a long mail repeats its words.
        var stems = Enum.GetValues<CaseLanguage>().ToDictionary(language => language, language =>
        {
            var known = new Dictionary<string, string>(StringComparer.Ordinal);
            return clauses.Select(clause =>
            {
                var words = clause.Select(word => known.TryGetValue(word, out var stem) ? stem : known[word] = Stemmer.Stem(language, word)).ToList();
                return (Stems: words, Distinct: (IReadOnlySet<string>)words.ToHashSet(StringComparer.Ordinal));
            }).ToList();
        });
        return Lexicon.Entries
            .Where(entry => stems[entry.Language].Any(clause => entry.IsIn(clause.Stems, clause.Distinct)))
            .Select(entry => new ClassificationReason(entry.Type, "lexicon", $"{entry.Language.ToString().ToLowerInvariant()}: {entry.Phrase}"));
    }

    private static IEnumerable<ClassificationReason> Articles(string text) =>
        LegalReferences.In(text).Select(found => new ClassificationReason(found.Type, "article", $"GDPR Art. {found.Article}"));
}
