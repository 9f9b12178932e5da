using Registry.Cases;
using Registry.Contact;
using Registry.Orders.Ingest;
using Registry.Rectification;
using Registry.Serialization;

namespace Registry.Functions.Staff;

/// <summary>A case as the staff API shows it; <see cref="Requester"/> and <see cref="Timeline"/> only when one case is read.</summary>
public sealed record CaseView(
    string Reference, IReadOnlyList<string> Types, string Language, string Status, DateTimeOffset ReceivedAt, DateOnly DueOn,
    DateOnly? ExtendedTo, DateOnly Deadline, string? SubjectId, string? Triage, string? OriginalBlob, string? VerificationMethod,
    IReadOnlyList<string> DecidedActions, bool Acknowledged, Requester? Requester = null, IReadOnlyList<EventView>? Timeline = null)
{
    /// <summary>The case reference the message quoted without being its requester's reply (an identifier only).</summary>
    public string? QuotedReference { get; init; }

    /// <summary>Why intake read the message as these types: for each, the rule (phrase, lexicon, article) and its words.</summary>
    public IReadOnlyList<ReasonView> ClassifiedBy { get; init; } = [];

    /// <summary>The purposes a decided objection covers (empty: every marketing purpose).</summary>
    public IReadOnlyList<string> ObjectionPurposes { get; init; } = [];

    /// <summary>A decided rectification's changes: personal data, so only with the requester when one case is read.</summary>
    public IReadOnlyList<RectificationView>? Rectification { get; init; }

    public static CaseView Of(SubjectCase c, IReadOnlyList<CaseEvent>? timeline = null) => new(
        c.Reference.Value, c.Types.Select(t => t.ToWire()).ToList(), c.Language.ToWire(), c.Status.ToWire(), c.ReceivedAt, c.DueOn,
        c.ExtendedTo, c.Deadline, c.SubjectId?.Value, c.Triage?.ToWire(), c.OriginalBlob, c.VerificationMethod,
        c.DecidedActions.Select(t => t.ToWire()).ToList(), c.Acknowledged,
        timeline is null ? null : c.Requester,
        timeline?.Select(e => new EventView(e.At, e.Kind.ToWire(), e.Actor, e.StatusAfter?.ToWire(), e.Detail)).ToList())
    {
        ObjectionPurposes = c.ObjectionPurposes.Select(p => p.ToWire()).ToList(),
        ClassifiedBy = c.ClassifiedBy.Select(r => new ReasonView(r.Type.ToWire(), r.Rule, r.Matched)).ToList(),
        QuotedReference = c.QuotedReference?.Value,
        Rectification = timeline is null || c.Rectification.Count == 0 ? null : c.Rectification.Select(RectificationView.Of).ToList(),
    };
}

public sealed record ReasonView(string Type, string Rule, string Matched);

/// <summary>A decided correction as a person reads it: the field by its wire name (firstName, postalAddress, …), not its number.</summary>
public sealed record RectificationView(
    string Field, string? Text, EmailAddress? Email, PhoneNumber? Phone, Organisation? Organisation, PostalAddress? Address, string Grounds)
{
    public static RectificationView Of(RectificationChange change) => new(
        ProfileFields.Name(change.Field), change.Text, change.Email, change.Phone, change.Organisation, change.Address, change.Grounds);
}

public sealed record EventView(DateTimeOffset At, string Kind, string Actor, string? StatusAfter, string? Detail);
