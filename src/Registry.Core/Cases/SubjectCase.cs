using Registry.Preferences;
using Registry.Rectification;
using Registry.Subjects;

namespace Registry.Cases;

/// <summary>The state of one subject-request case, without its timeline.</summary>
public sealed record SubjectCase
{
    public required CaseReference Reference { get; init; }

    public required IReadOnlyList<RequestType> Types { get; init; }

    public required CaseLanguage Language { get; init; }

    public required CaseStatus Status { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    public required DateOnly DueOn { get; init; }

    public DateOnly? ExtendedTo { get; init; }

    public SubjectId? SubjectId { get; init; }

    public TriageReason? Triage { get; init; }

    /// <summary>Why intake read the message as it did: each type's rule and phrase (the rules' own words, no personal data).</summary>
    public IReadOnlyList<Classification.ClassificationReason> ClassifiedBy { get; init; } = [];

    /// <summary>
    /// The case reference a message quoted in its subject line without being a reply of the case's requester: an
    /// identifier only, so the officer can look at both; the quoted case's contents are never copied here.
    /// </summary>
    public CaseReference? QuotedReference { get; init; }

    /// <summary>Where an unreadable message is kept whole: a blob name that is an opaque id.</summary>
    public string? OriginalBlob { get; init; }

    /// <summary>How the identity was verified, once it was.</summary>
    public string? VerificationMethod { get; init; }

    public IReadOnlyList<RequestType> DecidedActions { get; init; } = [];

    /// <summary>The purposes a decided objection covers; empty means every marketing purpose (<see cref="MarketingPurposes"/>).</summary>
    public IReadOnlyList<ConsentPurpose> ObjectionPurposes { get; init; } = [];

    /// <summary>The corrections a decided rectification makes. Personal data: stored sealed with the requester.</summary>
    public IReadOnlyList<RectificationChange> Rectification { get; init; } = [];

    /// <summary>Whether the acknowledgement letter has been queued.</summary>
    public bool Acknowledged { get; init; }

    public required Requester Requester { get; init; }

    /// <summary>The deadline in force: the extended one once extended.</summary>
    public DateOnly Deadline => ExtendedTo ?? DueOn;
}
