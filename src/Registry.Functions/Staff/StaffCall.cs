using Microsoft.AspNetCore.Http;
using Registry.Audit;
using Registry.Subjects;

namespace Registry.Functions.Staff;

/// <summary>One authenticated staff request: who made it, and the audit entry every staff endpoint must write before it answers.</summary>
public sealed class StaffCall(string function, StaffPrincipal principal, HttpRequest request, IAuditLog audit, IAuditReasons reasons, TimeProvider time)
{
    /// <summary>The header where a reader states why they read personal data.</summary>
    public const string ReasonHeader = "X-Audit-Reason";

    public StaffPrincipal Principal => principal;

    public bool Audited { get; private set; }

    public string? HeaderReason => request.Headers[ReasonHeader].ToString() is { Length: > 0 } reason ? reason : null;

    public async Task AuditAsync(string? caseReference, SubjectId? subject, string? reason, CancellationToken cancellationToken)
    {
        var entry = new AuditEntry
        {
            EntryId = $"aud_{Guid.NewGuid():N}",
            At = time.GetUtcNow(),
            ActorId = principal.Id,
            ActorName = principal.Name,
            Role = principal.Role,
            Action = function,
            CaseReference = caseReference,
            SubjectId = subject,
        };

        // The why is free text (it may name the person): it goes into the write-once log only sealed.
        if ((reason ?? HeaderReason) is { } text)
        {
            entry = entry with { SealedReason = await reasons.SealAsync(entry, text, cancellationToken) };
        }

        await audit.AppendAsync(entry, cancellationToken);
        Audited = true;
    }
}
