using Registry.Cases;

namespace Registry.Functions.Staff;

/// <summary>The staff read of a case named in the path: found, then audited before anything of it is shown.</summary>
public static class CaseReads
{
    /// <summary>The case, with the read audited; null (answer 404) when the reference is malformed or names no case.</summary>
    public static async Task<StoredCase?> ReadCaseAsync(this StaffCall call, ICaseStore cases, string reference, CancellationToken cancellationToken)
    {
        if (!CaseReference.TryParse(reference, out var parsed) || await cases.GetAsync(parsed, cancellationToken) is not { } stored)
        {
            return null;
        }

        await call.AuditAsync(parsed.Value, stored.Case.SubjectId, null, cancellationToken);
        return stored;
    }
}
