namespace Registry.Cases.Classification;

/// <summary>
/// Why a message was read as a request type: the rule (<c>phrase</c>, <c>lexicon</c>, <c>article</c>) and the rule's own
/// words (a lexicon entry, an article number, a pattern's name), never the writer's text, so it is no personal data.
/// </summary>
public sealed record ClassificationReason(RequestType Type, string Rule, string Matched);
