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

    [GeneratedRegex(@"(?:X-Registry-Letter-Id:\s*|<)(?<id>DSR-20[0-9]{2}-[0-9]{4,9}-[a-z0-9-]{1,80})", LinearRegex.Options)]
    private static partial Regex LetterIdPattern();
}
