namespace Registry.Cases.Classification;

/// <summary>
/// Reads a subject request in Finnish, English or a mix, and says which rights it invokes, in which language
/// to answer, and which customer or order numbers it quotes. Readable rules (see <see cref="ClassificationRules"/>),
/// measured against a labelled corpus in the tests; when no rule matches the case goes to triage.
/// </summary>
public static class RequestClassifier
{
    public static Classification Classify(string? subject, string? body)
    {
        var own = MessageText.Own(subject, body);
        var text = own.ToLowerInvariant();
        var types = ClassificationRules.Patterns
            .Where(rule => rule.Pattern.IsMatch(text))
            .Select(rule => rule.Type)
            .Distinct()
            .Where(type => !ClassificationRules.Exclusions.Any(ex => ex.Drop == type && ex.When.IsMatch(text)))
            .Where(type => ClassificationRules.Requirements.All(req => req.Keep != type || req.Only.IsMatch(text)))
            .Order()
            .ToList();

        return new Classification
        {
            Types = types,
            Language = LanguageDetector.Detect(text),
            CustomerNumbers = IdentityHints.CustomerNumbers(own),
            OrderNumbers = IdentityHints.OrderNumbers(own),
        };
    }
}
