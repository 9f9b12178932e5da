namespace Registry.Cases.Work;

/// <summary>
/// A decision on <c>case-actions</c> for the executor (next issue). <see cref="DecisionId"/> is the same on
/// every retry of one decision, so the executor runs it once.
/// </summary>
public sealed record CaseActionMessage(string DecisionId, string CaseReference, string SubjectId, IReadOnlyList<string> Actions, string DecidedBy, DateTimeOffset DecidedAt);

/// <summary>Queues decided actions.</summary>
public interface ICaseActions
{
    Task SendAsync(CaseActionMessage message, CancellationToken cancellationToken = default);
}
