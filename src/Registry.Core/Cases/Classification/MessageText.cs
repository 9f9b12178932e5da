using System.Text.RegularExpressions;
using Registry.Validation;

namespace Registry.Cases.Classification;

/// <summary>
/// The part of a mail the writer wrote: quoted lines ("&gt; …"), earlier messages under "On … wrote:" /
/// "… kirjoitti:" and signatures are cut, so an old request quoted in a reply is not read again. A forwarded
/// message is kept: forwarding a customer's mail to the privacy box is how requests arrive from other staff.
/// </summary>
public static partial class MessageText
{
    public static string Own(string? subject, string? body)
    {
        var lines = new List<string>();
        foreach (var line in (body ?? string.Empty).ReplaceLineEndings("\n").Split('\n'))
        {
            var trimmed = line.Trim();
            if (QuoteHeader().IsMatch(trimmed) || trimmed is "-- " or "--" || SentFrom().IsMatch(trimmed))
            {
                break;
            }

            if (!trimmed.StartsWith('>'))
            {
                lines.Add(trimmed);
            }
        }

        return $"{StripPrefixes().Replace(subject ?? string.Empty, string.Empty)}\n{string.Join('\n', lines)}";
    }

    [GeneratedRegex(@"^(On .{4,120} wrote:|.{2,120} kirjoitti:?|-----\s*Original Message\s*-----|-----\s*Alkuperäinen viesti\s*-----|From: .+ Sent: .+|Lähettäjä: .+ Lähetetty: .+)$", LinearRegex.Options | RegexOptions.IgnoreCase)]
    private static partial Regex QuoteHeader();

    [GeneratedRegex(@"^(Sent from my |Lähetetty (iPhonesta|Androidista|puhelimesta|mobiilista))", LinearRegex.Options | RegexOptions.IgnoreCase)]
    private static partial Regex SentFrom();

    [GeneratedRegex(@"^\s*((re|vs|vl|fw|fwd|välitetty)\s*:\s*)+", LinearRegex.Options | RegexOptions.IgnoreCase)]
    private static partial Regex StripPrefixes();
}
