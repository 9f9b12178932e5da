using Azure;
using Azure.Data.Tables;
using Registry.Erasure;
using Registry.Subjects;

namespace Registry.Infrastructure.Tables;

/// <summary>The <c>hold|legal-claim</c> row of a person's partition.</summary>
public sealed class TableLegalClaimHolds(RegistryTables tables) : ILegalClaimHolds
{
    public Task PlaceAsync(SubjectId subject, LegalClaimHold hold, CancellationToken cancellationToken = default) =>
        tables.Subjects.UpsertEntityAsync(SubjectStatusEntity.LegalClaim(subject, hold), TableUpdateMode.Replace, cancellationToken);

    public async Task LiftAsync(SubjectId subject, CancellationToken cancellationToken = default)
    {
        try
        {
            await tables.Subjects.DeleteEntityAsync(subject.Value, SubjectRows.LegalClaim, ETag.All, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Not set (or lifted by an earlier attempt): the state asked for.
        }
    }
}
