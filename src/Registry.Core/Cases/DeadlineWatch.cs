using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Registry.Cases.Deadlines;
using Registry.Letters;

namespace Registry.Cases;

/// <summary>
/// The daily deadline watch (Art. 12(3)): lists open cases due within <see cref="CaseOptions.DeadlineWarningDays"/>
/// days or overdue, logs the counts as a metric, and queues one reminder to the privacy officer. The letter id is
/// per day, so a rerun on the same day queues the same reminder id.
/// </summary>
public sealed partial class DeadlineWatch(ICaseStore cases, IOutboundMail mail, IOptions<CaseOptions> options, TimeProvider time, ILogger<DeadlineWatch> logger)
{
    public async Task<IReadOnlyList<SubjectCase>> RunAsync(CancellationToken cancellationToken = default)
    {
        var today = DeadlineCalculator.ReceiptDay(time.GetUtcNow());
        var days = options.Value.DeadlineWarningDays;
        var due = (await cases.ListAsync(null, today.AddDays(days), cancellationToken)).Where(c => CaseStateMachine.IsOpen(c.Status)).ToList();
        var overdue = due.Count(c => c.Deadline < today);
        LogDeadlines(logger, due.Count - overdue, overdue, days);
        if (due.Count > 0)
        {
            await mail.SendAsync(Reminder(due, today, days), cancellationToken);
        }

        return due;
    }

    private OutboundLetter Reminder(List<SubjectCase> due, DateOnly today, int days)
    {
        var lines = due.Select(c => string.Create(CultureInfo.InvariantCulture,
            $"{c.Reference.Value}  {c.Deadline:yyyy-MM-dd}  {Serialization.WireName<CaseStatus>.Of(c.Status)}{(c.Deadline < today ? "  OVERDUE" : string.Empty)}"));
        var (subject, body) = LetterTemplates.Render(LetterKind.DeadlineReminder, CaseLanguage.Fi, new Dictionary<string, string>
        {
            ["count"] = due.Count.ToString(CultureInfo.InvariantCulture),
            ["days"] = days.ToString(CultureInfo.InvariantCulture),
            ["today"] = LetterVocabulary.Date(today, CaseLanguage.Fi),
            ["cases"] = string.Join('\n', lines),
        });
        return new OutboundLetter
        {
            LetterId = string.Create(CultureInfo.InvariantCulture, $"deadline-reminder-{today:yyyy-MM-dd}"),
            Kind = LetterKind.DeadlineReminder,
            Language = CaseLanguage.Fi,
            To = options.Value.PrivacyOfficerMailbox,
            Subject = subject,
            Body = body,
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deadline watch: {DueSoon} cases due within {Days} days, {Overdue} overdue")]
    private static partial void LogDeadlines(ILogger logger, int dueSoon, int overdue, int days);
}
