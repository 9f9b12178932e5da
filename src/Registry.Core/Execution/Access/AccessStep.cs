using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Registry.Cases;
using Registry.Execution.Access.Html;
using Registry.Letters;
using Registry.Retention;
using Registry.Subjects;

namespace Registry.Execution.Access;

/// <summary>
/// Carries out an access request (Art. 15, 20): collects everything about the person, writes the JSON copy and the
/// readable document to <c>exports/{case}/</c>, makes read-only links that expire in <see cref="LinkLifetime"/>,
/// schedules the package's deletion and queues the notice. Idempotent: the file names and the letter id are fixed per
/// case, so a redelivery replaces the same two files and queues a letter the mailbox connector sends once.
/// </summary>
public sealed partial class AccessStep(
    ISubjectReader subjects,
    ICaseStore cases,
    AccessPackageBuilder builder,
    IAccessPackageFiles files,
    IReadLinks links,
    CaseLetters letters,
    IRetentionSchedule schedule,
    IOptions<RetentionOptions> retention,
    NoticeRecipient recipients,
    ILogger<AccessStep> logger) : ICaseActionStep
{
    public const string JsonFile = "access-package.json";
    public const string HtmlFile = "access-package.html";

    /// <summary>The schedule kind the purge deletes <c>exports/{case}/</c> by; the target is the case reference.</summary>
    public const string ScheduleKind = "export";

    /// <summary>Seven days: long enough to read a letter after a holiday, and the longest a user-delegation SAS may live.</summary>
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromDays(7);

    public RequestType Type => RequestType.Access;

    public async Task<StepResult> RunAsync(StepContext context, CancellationToken cancellationToken = default)
    {
        var reference = context.Case.Reference;
        var data = await subjects.ReadAsync(context.Subject, cancellationToken);
        var caseFiles = await CaseFilesAsync(context, data, cancellationToken);
        var package = builder.Build(context.Case, context.Subject, data, caseFiles, context.Now);
        var deletedOn = DateOnly.FromDateTime(context.Now.UtcDateTime).AddDays(retention.Value.AccessPackageDays);

        // Deletion is scheduled before anything exists to delete: a crash later leaves an entry the purge finds empty, never an orphan package.
        await schedule.ScheduleAsync(new ScheduledItem(ScheduleKind, reference.Value, deletedOn), cancellationToken);
        await files.SaveAsync(reference, JsonFile, AccessPackageJson.Write(package), "application/json; charset=utf-8", cancellationToken);
        var html = AccessPackageHtml.Render(package, retention.Value, JsonFile);
        await files.SaveAsync(reference, HtmlFile, Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8", cancellationToken);

        var expiresOn = context.Now + LinkLifetime;
        var document = await links.CreateAsync(reference, HtmlFile, expiresOn, cancellationToken);
        var copy = await links.CreateAsync(reference, JsonFile, expiresOn, cancellationToken);
        var to = recipients.For(context.Case, data);
        await letters.SendToAsync(context.Case, LetterKind.AccessNotice, AccessNotice.Values(context.Case.Language, document, copy, deletedOn), to.Address, cancellationToken);

        LogPackaged(logger, reference.Value, context.Subject.Value, package.Orders.Count, package.Disclosures.Count, package.Cases.Count);
        return new StepResult.Done(
            $"exports/{reference.Value}/{JsonFile} and {HtmlFile}: {package.Orders.Count} orders, {package.Disclosures.Count} disclosures, " +
            $"{package.Cases.Count} cases; links until {document.ExpiresOn:yyyy-MM-dd}; deleted on {deletedOn:yyyy-MM-dd}; letter {reference.Value}-access-notice to {to.Describe()}");
    }

    /// <summary>
    /// The person's cases with their timelines; the case being executed is always among them. A linked case is the
    /// person's own when it is this one, when it was verified (verification binds a case to its subject), or when it was
    /// written from the person's registered address (compared by blind index); any other is someone else's words.
    /// </summary>
    private async Task<List<CaseFile>> CaseFilesAsync(StepContext context, SubjectData? data, CancellationToken cancellationToken)
    {
        var linked = (await cases.ListBySubjectAsync(context.Subject, cancellationToken)).ToList();
        if (linked.All(c => c.Reference != context.Case.Reference))
        {
            linked.Add(context.Case);
        }

        var result = new List<CaseFile>();
        foreach (var subjectCase in linked)
        {
            var current = subjectCase.Reference == context.Case.Reference ? context.Case : subjectCase;
            var own = current.Reference == context.Case.Reference || current.VerificationMethod is not null
                || await recipients.IsRegisteredAddressAsync(current.Requester.Email, data, cancellationToken);
            result.Add(new CaseFile(current, await cases.TimelineAsync(subjectCase.Reference, cancellationToken), own));
        }

        return result;
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Case {CaseReference}: access package for {SubjectId} stored ({Orders} orders, {Disclosures} disclosures, {Cases} cases); notice queued")]
    private static partial void LogPackaged(ILogger logger, string caseReference, string subjectId, int orders, int disclosures, int cases);
}
