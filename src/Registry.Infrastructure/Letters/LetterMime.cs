using System.Text.RegularExpressions;
using MimeKit;
using Registry.Letters;
using Registry.Serialization;

namespace Registry.Infrastructure.Letters;

/// <summary>
/// A letter as a MIME message. The Message-ID is <c>&lt;{letterId}@{sender domain}&gt;</c> and the letter id also rides in
/// <c>X-Registry-Letter-Id</c>, so a bounce that quotes either comes back to its case (docs/letters.md).
/// </summary>
internal static partial class LetterMime
{
    public const string LetterIdHeader = "X-Registry-Letter-Id";
    public const string KindHeader = "X-Registry-Letter-Kind";

    public static string FileName(string letterId) => $"{Unsafe().Replace(letterId, "_")}.eml";

    public static string MessageId(string letterId, string from) => $"{letterId}@{from[(from.LastIndexOf('@') + 1)..]}";

    public static MimeMessage Create(OutboundLetter letter, LetterTransportOptions options, DateTimeOffset at)
    {
        var message = new MimeMessage
        {
            Subject = letter.Subject,
            Date = at,
            MessageId = MessageId(letter.LetterId, options.From),
            Body = new TextPart("plain") { Text = letter.Body },
        };
        message.From.Add(new MailboxAddress(options.FromName, options.From));
        message.ReplyTo.Add(MailboxAddress.Parse(options.ReplyTo));
        message.To.Add(new MailboxAddress(letter.ToName ?? string.Empty, letter.To ?? options.ReplyTo));
        message.Headers.Add(LetterIdHeader, letter.LetterId);
        message.Headers.Add(KindHeader, letter.Kind.ToWire());
        if (letter.CaseReference is { } reference)
        {
            message.Headers.Add("X-Registry-Case", reference.Value);
        }

        return message;
    }

    [GeneratedRegex("[^A-Za-z0-9._-]", RegexOptions.CultureInvariant, 100)]
    private static partial Regex Unsafe();
}
