using Microsoft.AspNetCore.Http;
using Registry.Audit;
using Registry.Subjects;

namespace Registry.Functions.Staff;

/// <summary>One authenticated staff request: who made it, and the audit entry every staff endpoint must write before it answers.</summary>
public sealed class StaffCall(string function, StaffPrincipal principal, HttpRequest request, IAuditLog audit, TimeProvider time)
{
    /// <summary>The header where a reader states why they read personal data.</summary>
    public const string ReasonHeader = "X-Audit-Reason";

    public StaffPrincipal Principal => principal;

    public bool Audited { get; private set; }

    public string? HeaderReason => request.Headers[ReasonHeader].ToString() is { Length: > 0 } reason ? reason : null;

    public async Task AuditAsync(string? caseReference, SubjectId? subject, string? reason, CancellationToken cancellationToken)
    {
        await audit.AppendAsync(new AuditEntry
        {
            At = time.GetUtcNow(),
            ActorId = principal.Id,
            ActorName = principal.Name,
            Role = principal.Role,
            Action = function,
            CaseReference = caseReference,
            SubjectId = subject,
            Reason = reason ?? HeaderReason,
        }, cancellationToken);
        Audited = true;
    }
}
