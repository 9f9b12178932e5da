using Registry.Cases;

namespace Registry.Execution.Access;

/// <summary>The person's marketing choices: the state of every purpose today, and every choice ever recorded.</summary>
public sealed record PackagePreferences(IReadOnlyList<PackagePreference> Current, IReadOnlyList<PackagePreferenceEvent> History);

/// <summary>
/// A purpose's state today: <paramref name="DecidedBy"/> is <c>recorded</c> (the person's own choice, from
/// <paramref name="Decision"/>) or <c>default</c> (no choice made; the register's default applies).
/// </summary>
public sealed record PackagePreference(string Purpose, string State, string DecidedBy, PackagePreferenceEvent? Decision);

/// <summary>One recorded choice and where it came from.</summary>
public sealed record PackagePreferenceEvent(string EventId, string Purpose, string State, PackageProvenance Provenance, string? Evidence);

/// <summary>Data given to <paramref name="Recipient"/> for <paramref name="Purpose"/> (Art. 15(1)(c)).</summary>
public sealed record PackageDisclosure(string DisclosureId, string Recipient, string Purpose, IReadOnlyList<string> Categories, string Basis, DateTimeOffset DisclosedAt);

/// <summary>The markers on the person: restricted (Art. 18), erased but held, held for a legal claim.</summary>
public sealed record PackageStatus(DateTimeOffset? RestrictedSince, DateTimeOffset? ErasedAt, DateTimeOffset? LegalClaimHoldSince);

/// <summary>A hold (<c>open_invoice</c>, <c>debt_collection</c>, <c>accounting_retention</c>, <c>legal_claim</c>) and its last day when known.</summary>
public sealed record PackageHold(string Kind, string? OrderRef, DateOnly? Until);

/// <summary>
/// How long a category is kept: the <paramref name="Rule"/> (a code, explained in the readable document and the
/// schema docs), and for this person the last day it is kept (<paramref name="Until"/>, null when it depends on an
/// event still to come) and the record it applies to.
/// </summary>
public sealed record PackageRetention(string Category, string Rule, DateOnly? Until, string? Reference);

/// <summary>
/// A subject-request case with what the person wrote and what happened since. A case that is not the person's own
/// (<paramref name="Own"/> false: linked to them, written by someone else) has an empty requester and no details.
/// </summary>
public sealed record PackageCase(
    string Reference,
    IReadOnlyList<string> Types,
    string Status,
    DateTimeOffset ReceivedAt,
    DateOnly Deadline,
    string? VerificationMethod,
    IReadOnlyList<string> DecidedActions,
    bool Own,
    Requester Requester,
    IReadOnlyList<PackageCaseEvent> Timeline);

/// <summary>One timeline entry; <paramref name="By"/> is <c>system</c>, <c>mailbox</c> or <c>staff</c> (staff members are not named).</summary>
public sealed record PackageCaseEvent(DateTimeOffset At, string Kind, string By, string? StatusAfter, string? Detail);
