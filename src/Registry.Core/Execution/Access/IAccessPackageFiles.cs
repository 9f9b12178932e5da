using Registry.Cases;

namespace Registry.Execution.Access;

/// <summary>
/// Where access packages are kept: <c>exports/{caseReference}/{fileName}</c> in the EU data account. Saving the same
/// name again replaces the file, so a redelivered step leaves one package, not two.
/// </summary>
public interface IAccessPackageFiles
{
    Task SaveAsync(CaseReference reference, string fileName, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken = default);

    /// <summary>Deletes every file of the case's package (with any earlier versions); none there is fine. Answers how many went.</summary>
    Task<int> DeleteAllAsync(CaseReference reference, CancellationToken cancellationToken = default);
}

/// <summary>
/// Read-only links to a package file that stop working at a set time, so the person can download their copy without
/// an account. The adapter decides how (a user-delegation SAS in Azure, an account-key SAS on Azurite).
/// </summary>
public interface IReadLinks
{
    /// <summary>A link that reads one file until <paramref name="expiresOn"/> (or earlier, if the platform caps it; see <see cref="ReadLink.ExpiresOn"/>).</summary>
    Task<ReadLink> CreateAsync(CaseReference reference, string fileName, DateTimeOffset expiresOn, CancellationToken cancellationToken = default);
}

/// <summary>A read-only link and the moment it stops working. The link is a bearer secret: it goes in the letter, never in a log.</summary>
public sealed record ReadLink(Uri Uri, DateTimeOffset ExpiresOn);
