using Azure.Data.Tables;
using Registry.Subjects;

namespace Registry.Infrastructure.Tables;

/// <summary>The marker rows of <see cref="SubjectStatus"/>: <c>status|restricted</c>, <c>status|erased</c>, <c>hold|legal-claim</c>.</summary>
internal static class SubjectStatusEntity
{
    public static bool IsStatusRow(TableEntity row) => row.RowKey is SubjectRows.Restricted or SubjectRows.Erased or SubjectRows.LegalClaim;

    public static TableEntity Restricted(SubjectId subject, Restriction restriction) => new(subject.Value, SubjectRows.Restricted)
    {
        ["Since"] = restriction.Since,
        ["CaseReference"] = restriction.CaseReference,
    };

    public static TableEntity Erased(SubjectId subject, ErasureMark erasure) => new(subject.Value, SubjectRows.Erased)
    {
        ["ErasedAt"] = erasure.ErasedAt,
        ["PendingCases"] = string.Join(',', erasure.PendingCases),
    };

    public static TableEntity LegalClaim(SubjectId subject, LegalClaimHold hold) => new(subject.Value, SubjectRows.LegalClaim)
    {
        ["Since"] = hold.Since,
        ["SetBy"] = hold.SetBy,
        ["CaseReference"] = hold.CaseReference,
    };

    public static SubjectStatus FromRows(IEnumerable<TableEntity> rows)
    {
        var status = SubjectStatus.None;
        foreach (var row in rows)
        {
            status = row.RowKey switch
            {
                SubjectRows.Restricted => status with { Restriction = new(Time(row, "Since"), row.GetString("CaseReference")) },
                SubjectRows.Erased => status with
                {
                    Erasure = new(Time(row, "ErasedAt"), (row.GetString("PendingCases") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries)),
                },
                SubjectRows.LegalClaim => status with { LegalClaim = new(Time(row, "Since"), row.GetString("SetBy") ?? "unknown", row.GetString("CaseReference")) },
                _ => status,
            };
        }

        return status;
    }

    private static DateTimeOffset Time(TableEntity row, string property) => row.GetDateTimeOffset(property) ?? DateTimeOffset.MinValue;
}
