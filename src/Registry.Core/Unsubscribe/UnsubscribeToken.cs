using Registry.Clients;
using Registry.Preferences;
using Registry.Subjects;

namespace Registry.Unsubscribe;

/// <summary>
/// What an unsubscribe link says: which subject objects to which purpose, which client minted it (the
/// provenance of the objection), until when it works, and its own id (the evidence). No personal data:
/// only opaque ids, an enum name and a time.
/// </summary>
public sealed record UnsubscribeToken(SubjectId Subject, ConsentPurpose Purpose, ClientId Client, DateTimeOffset ExpiresAt, string LinkId);

/// <summary>Why a link was refused; never shown in detail to the person, only logged as a reason.</summary>
public enum TokenFailure
{
    Malformed,
    BadSignature,
    Expired,
}
