using Registry.Preferences;
using Registry.Rectification;

namespace Registry.Cases.Work;

/// <summary>
/// What a decision says beyond its actions: the purposes an objection covers (empty: every marketing purpose,
/// <see cref="MarketingPurposes"/>) and the corrections a rectification makes.
/// </summary>
public sealed record DecisionDetails(IReadOnlyList<ConsentPurpose> ObjectionPurposes, IReadOnlyList<RectificationChange> Rectification)
{
    public static DecisionDetails None { get; } = new([], []);
}

/// <summary>The optional parts of a decision body, as they arrive.</summary>
public sealed record DecisionDetailsSubmission(ObjectionSubmission? Objection, RectificationSubmission? Rectification);
