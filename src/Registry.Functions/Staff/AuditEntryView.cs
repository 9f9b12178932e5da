using Registry.Audit;
using Registry.Serialization;

namespace Registry.Functions.Staff;

/// <summary>
/// An audit entry as the officer reads it: its identifiers, and its reason opened from the person's or the case's key
/// (<c>reasonState</c> <c>kept</c>), or <c>erased</c> (the key is gone), <c>not_kept</c> (nothing to seal it under);
/// both absent when no reason was given.
/// </summary>
public sealed record AuditEntryView(
    string? EntryId, DateTimeOffset At, string ActorId, string? ActorName, string Role, string Action,
    string? CaseReference, string? SubjectId, string? Reason, string? ReasonState)
{
    public static AuditEntryView Of(AuditEntry entry, AuditReason reason) => new(
        entry.EntryId, entry.At, entry.ActorId, entry.ActorName, entry.Role, entry.Action, entry.CaseReference, entry.SubjectId?.Value,
        reason.Text, reason.State == AuditReasonState.None ? null : reason.State.ToWire());
}
