using System.Security.Cryptography;
using System.Text;

namespace Registry.Cases.Attachments;

/// <summary>
/// One attachment of a case. <see cref="Name"/> is the sender's file name (personal data: stored sealed);
/// <see cref="Id"/> is opaque and the same on every delivery of the message, so taking it twice stores it once.
/// </summary>
public sealed record CaseAttachment(string Id, string? Name, string ContentType, long Size)
{
    private const int IdHashLength = 16;

    /// <summary>The id of attachment <paramref name="index"/> of the message with key <paramref name="messageKey"/>.</summary>
    public static string IdFor(string messageKey, int index) =>
        $"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(messageKey)))[..IdHashLength]}-{index}";

    /// <summary>Whether <paramref name="text"/> has the shape of an attachment id (checked before it reaches a blob name).</summary>
    public static bool IsId(string? text)
    {
        var dash = text?.IndexOf('-', StringComparison.Ordinal) ?? -1;
        return dash == IdHashLength
            && text!.Length is > IdHashLength + 1 and <= IdHashLength + 4
            && text[..dash].All(char.IsAsciiHexDigitLower)
            && text[(dash + 1)..].All(char.IsAsciiDigit);
    }
}

/// <summary>An attachment with its content, opened.</summary>
public sealed record CaseAttachmentContent(CaseAttachment Attachment, ReadOnlyMemory<byte> Content);
