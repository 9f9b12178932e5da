namespace Registry.Cases.Attachments;

/// <summary>What the mailbox says about an attachment, bounded: a file name to keep (sealed) and a content type to show.</summary>
public static class AttachmentText
{
    public const string OctetStream = "application/octet-stream";
    private const int MaxName = 255;
    private const int MaxContentType = 127;

    /// <summary>The name without control characters, at most 255 characters; null when nothing is left.</summary>
    public static string? Name(string? name)
    {
        var kept = new string((name ?? string.Empty).Where(c => !char.IsControl(c)).ToArray()).Trim();
        return kept.Length == 0 ? null : kept[..Math.Min(kept.Length, MaxName)];
    }

    /// <summary>A <c>type/subtype</c> of RFC 6838 characters (parameters dropped), lower-cased; anything else is octet-stream.</summary>
    public static string ContentType(string? contentType)
    {
        var bare = (contentType ?? string.Empty).Split(';')[0].Trim().ToLowerInvariant();
        var slash = bare.IndexOf('/', StringComparison.Ordinal);
        return bare.Length <= MaxContentType && slash > 0 && slash < bare.Length - 1
            && bare.Remove(slash, 1).All(c => char.IsAsciiLetterOrDigit(c) || "!#$&^_.+-".Contains(c, StringComparison.Ordinal))
            ? bare
            : OctetStream;
    }
}
