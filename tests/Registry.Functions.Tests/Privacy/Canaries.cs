using System.Security.Cryptography;

namespace Registry.Functions.Tests.Privacy;

/// <summary>
/// Personal values unique to one test run, each with a random part no log line, identifier or timestamp
/// could contain by chance. <see cref="Tokens"/> are what a scan looks for: a part that survives the
/// register's normal forms (e-mail lower-cased, phone as E.164), so a stored or logged copy is found too.
/// </summary>
public sealed record Canaries(
    string Email,
    string FirstName,
    string LastName,
    string Phone,
    string Street,
    string Organisation,
    string LineDescription,
    string NewLastName,
    string NewPhone,
    string NewStreet,
    string BadPostalCode,
    string Note,
    string Reason,
    string AuditReason,
    string AttachmentName,
    string AttachmentText)
{
    public static Canaries New() => new(
        Email: $"kanaria.{Letters()}@example.fi",
        FirstName: $"Ilona{Letters()}",
        LastName: $"Kanarialintu{Letters()}",
        Phone: $"040{Digits()}",
        Street: $"Lintukatu{Letters()} 5",
        Organisation: $"Kanaria{Letters()} Oy",
        LineDescription: $"Kaiverrus {Letters()}",
        NewLastName: $"Peippo{Letters()}",
        NewPhone: $"050{Digits()}",
        NewStreet: $"Tiaisentie{Letters()} 9",
        BadPostalCode: $"PK{Letters()}",
        Note: $"Soitin{Letters()}",
        Reason: $"Perustelu{Letters()}",
        AuditReason: $"Tarkistus{Letters()}",
        AttachmentName: $"Liite{Letters()}",
        AttachmentText: $"Kirjeteksti{Letters()}");

    /// <summary>Each canary by name, as the part a scan searches for (case-insensitively).</summary>
    public IReadOnlyList<(string Field, string Token)> Tokens =>
    [
        ("email", Email[..Email.IndexOf('@', StringComparison.Ordinal)]),
        ("firstName", FirstName),
        ("lastName", LastName),

        // The national significant number: in the raw input (040…) and in E.164 (+35840…) alike.
        ("phone", Phone[1..]),
        ("street", Street[..Street.IndexOf(' ', StringComparison.Ordinal)]),
        ("organisation", Organisation[..Organisation.IndexOf(' ', StringComparison.Ordinal)]),
        ("lineDescription", LineDescription),
        ("newLastName", NewLastName),
        ("newPhone", NewPhone[1..]),
        ("newStreet", NewStreet[..NewStreet.IndexOf(' ', StringComparison.Ordinal)]),
        ("badPostalCode", BadPostalCode),
        ("note", Note),
        ("reason", Reason),
        ("auditReason", AuditReason),
        ("attachmentName", AttachmentName),
        ("attachmentText", AttachmentText),
    ];

    /// <summary>The canaries found in <paramref name="text"/>, by field name.</summary>
    public IEnumerable<string> FoundIn(string? text) =>
        text is null ? [] : Tokens.Where(t => text.Contains(t.Token, StringComparison.OrdinalIgnoreCase)).Select(t => t.Field);

    private static string Letters() => string.Concat(RandomNumberGenerator.GetItems<char>("abcdefghijklmnopqrstuvwxyz", 10));

    private static string Digits() => string.Concat(RandomNumberGenerator.GetItems<char>("0123456789", 7));
}
