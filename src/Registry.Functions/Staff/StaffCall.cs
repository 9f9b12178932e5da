using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Registry.Audit;
using Registry.Subjects;

namespace Registry.Functions.Staff;

/// <summary>One authenticated staff request: who made it, and the audit entry every staff endpoint must write before it answers.</summary>
public sealed class StaffCall(string function, StaffPrincipal principal, HttpRequest request, IAuditLog audit, IAuditReasons reasons, TimeProvider time)
{
    /// <summary>The header where a reader states why they read personal data.</summary>
    public const string ReasonHeader = "X-Audit-Reason";

    private const string Key = "Registry.StaffCall";

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

    internal void Store(FunctionContext context) => context.Items[Key] = this;

    /// <summary>The call of a <see cref="Http.ForStaffAttribute"/> function; its absence is a bug, not a refusal.</summary>
    internal static StaffCall Of(FunctionContext context) =>
        context.Items.TryGetValue(Key, out var call) && call is StaffCall staff
            ? staff
            : throw new InvalidOperationException($"{context.FunctionDefinition.Name} reads a staff call, but does not declare [ForStaff].");
}
