using System.Text.RegularExpressions;
using Registry.Cases;
using Registry.Validation;

namespace Registry.Intake;

/// <summary>
/// Recognises a delivery status notification (RFC 3464 bounce) that came back to the privacy mailbox for one of the
/// register's letters: sent by a mail system (mailer-daemon, postmaster) and quoting the case reference, with the letter's
/// Message-ID (<c>&lt;{letterId}@…&gt;</c>) or <c>X-Registry-Letter-Id</c> when the bounce includes the original headers.
/// </summary>
public static partial class Bounces
{
    public static bool IsBounce(MailboxMessage message) =>
        message.From is { } from && from.IndexOf('@', StringComparison.Ordinal) is > 0 and var at
        && MailSystem().IsMatch(from[..at]);

    /// <summary>
    /// Whether the message reads as a delivery report: a bounce's usual subject (Undeliverable, Delivery Status
    /// Notification, Mail delivery failed, Returned mail, …). With <see cref="IsBounce"/>, enough to drop one that
    /// matches nothing rather than open a case for a mail system.
    /// </summary>
    public static bool IsDeliveryReport(MailboxMessage message) => DeliveryReportSubject().IsMatch(message.Subject ?? string.Empty);

    /// <summary>
    /// The case of the letter the bounce quotes: the case reference inside the first letter id it quotes (its Message-ID
    /// <c>&lt;{letterId}@…&gt;</c> or <c>X-Registry-Letter-Id</c>), else the reference in its subject.
    /// </summary>
    public static CaseReference? QuotedCase(MailboxMessage message) =>
        LetterIdPattern().Match(message.Body ?? string.Empty) is { Success: true } match
            ? CaseReference.FindIn(match.Groups["id"].Value)
            : CaseReference.FindIn(message.Subject);

    /// <summary>The bounced letter's id when the bounce quotes it (only ids of the quoted case count).</summary>
    public static string? LetterId(MailboxMessage message, CaseReference reference)
    {
        foreach (Match match in LetterIdPattern().Matches(message.Body ?? string.Empty))
        {
            var id = match.Groups["id"].Value;
            if (id.StartsWith(reference.Value + "-", StringComparison.Ordinal))
            {
                return id;
            }
        }

        return null;
    }

    [GeneratedRegex("^(mailer-daemon|postmaster|mail-daemon|mailerdaemon)$", LinearRegex.Options | RegexOptions.IgnoreCase)]
    private static partial Regex MailSystem();

    [GeneratedRegex(@"^\s*(undeliverable|undelivered mail|delivery status notification|delivery (has )?failed|mail delivery (failed|failure|subsystem)|returned mail|failure notice|non-?delivery|delivery failure|kohteeseen ei voitu toimittaa|toimittamaton)", LinearRegex.Options | RegexOptions.IgnoreCase)]
    private static partial Regex DeliveryReportSubject();

    [GeneratedRegex(@"(?:X-Registry-Letter-Id:\s*|<)(?<id>DSR-20[0-9]{2}-[0-9]{4,9}-[a-z0-9-]{1,80})", LinearRegex.Options)]
    private static partial Regex LetterIdPattern();
}
