using Azure;
using Azure.Data.Tables;
using Registry.Restrictions;
using Registry.Subjects;

namespace Registry.Infrastructure.Tables;

/// <summary>The <c>status|restricted</c> row in the subject's partition: inserted if absent, read by a point read, deleted to lift.</summary>
public sealed class TableSubjectRestrictions(RegistryTables tables) : ISubjectRestrictions
{
    public async Task<Restriction> RestrictAsync(SubjectId subject, Restriction restriction, CancellationToken cancellationToken = default)
    {
        try
        {
            await tables.Subjects.AddEntityAsync(SubjectStatusEntity.Restricted(subject, restriction), cancellationToken);
            return restriction;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Already restricted (a redelivery, or another case): the earlier marker stays in force.
            return await FindAsync(subject, cancellationToken) ?? restriction;
        }
    }

    public async Task<Restriction?> FindAsync(SubjectId subject, CancellationToken cancellationToken = default)
    {
        var row = await tables.Subjects.GetEntityIfExistsAsync<TableEntity>(subject.Value, SubjectRows.Restricted, cancellationToken: cancellationToken);
        return row.HasValue ? SubjectStatusEntity.FromRows([row.Value!]).Restriction : null;
    }

    public async Task<ErasureMark?> FindErasureAsync(SubjectId subject, CancellationToken cancellationToken = default)
    {
        var row = await tables.Subjects.GetEntityIfExistsAsync<TableEntity>(subject.Value, SubjectRows.Erased, cancellationToken: cancellationToken);
        return row.HasValue ? SubjectStatusEntity.FromRows([row.Value!]).Erasure : null;
    }

    public async Task<bool> LiftAsync(SubjectId subject, CancellationToken cancellationToken = default)
    {
        var response = await tables.Subjects.DeleteEntityAsync(subject.Value, SubjectRows.Restricted, ETag.All, cancellationToken);
        return response.Status != 404;
    }
}
