using System.Collections.Frozen;

namespace Registry.Cases;

/// <summary>
/// The explicit state machine of a subject-request case. A case opens as <see cref="CaseStatus.Received"/>;
/// the identity is checked (or, for a plain marketing objection from the registered address, not needed:
/// Art. 12(2), 21(3)); the officer decides the actions; the executor completes them. Refused, withdrawn and
/// completed cases are closed: only notes and replies may still be added, for the record. The subject is linked
/// before verification and fixed by it: a verified (or later) case cannot be linked again, so what is decided and
/// carried out concerns the person whose identity was checked.
/// </summary>
public static class CaseStateMachine
{
    private static readonly CaseStatus[] Open =
        [CaseStatus.Received, CaseStatus.AwaitingVerification, CaseStatus.Verified, CaseStatus.InProgress];

    private static readonly CaseStatus[] Any = Enum.GetValues<CaseStatus>();

    private static readonly CaseStatus[] Unverified = [CaseStatus.Received, CaseStatus.AwaitingVerification];

    private static readonly FrozenDictionary<CaseAction, CaseStatus[]> AllowedFrom = new Dictionary<CaseAction, CaseStatus[]>
    {
        [CaseAction.RequestVerification] = [CaseStatus.Received],
        [CaseAction.Verify] = Unverified,
        [CaseAction.LinkSubject] = Unverified,
        [CaseAction.Extend] = Open,
        [CaseAction.Refuse] = [CaseStatus.Received, CaseStatus.AwaitingVerification, CaseStatus.Verified],
        [CaseAction.Withdraw] = Open,
        [CaseAction.AddNote] = Any,
        [CaseAction.AttachReply] = Any,
        [CaseAction.Decide] = [CaseStatus.Verified],
        // A partially completed erasure completes when the purge erases what the holds kept.
        [CaseAction.Complete] = [CaseStatus.InProgress, CaseStatus.PartiallyCompleted],
        [CaseAction.CompletePartially] = [CaseStatus.InProgress],
    }.ToFrozenDictionary();

    /// <summary>The status an allowed action leads to; actions that do not move the case keep its status.</summary>
    private static CaseStatus Target(CaseAction action, CaseStatus from) => action switch
    {
        CaseAction.RequestVerification => CaseStatus.AwaitingVerification,
        CaseAction.Verify => CaseStatus.Verified,
        CaseAction.Refuse => CaseStatus.Refused,
        CaseAction.Withdraw => CaseStatus.Withdrawn,
        CaseAction.Decide => CaseStatus.InProgress,
        CaseAction.Complete => CaseStatus.Completed,
        CaseAction.CompletePartially => CaseStatus.PartiallyCompleted,
        _ => from,
    };

    public static bool IsOpen(CaseStatus status) => Open.Contains(status);

    public static bool IsAllowed(CaseAction action, CaseStatus from) => AllowedFrom[action].Contains(from);

    /// <summary>The next status, or null when the action is not allowed in <paramref name="from"/>.</summary>
    public static CaseStatus? Next(CaseAction action, CaseStatus from) =>
        IsAllowed(action, from) ? Target(action, from) : null;
}
