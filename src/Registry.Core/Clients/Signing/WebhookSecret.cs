namespace Registry.Clients.Signing;

/// <summary>Standard Webhooks secrets are written <c>whsec_</c> followed by the base64 of the key bytes.</summary>
public static class WebhookSecret
{
    private const string Prefix = "whsec_";

    public static bool TryDecode(string? text, out byte[] key)
    {
        key = [];
        if (text is null || !text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var buffer = new byte[text.Length];
        if (!Convert.TryFromBase64String(text[Prefix.Length..], buffer, out var written) || written < 16)
        {
            return false;
        }

        key = buffer[..written];
        return true;
    }

    public static string Encode(ReadOnlySpan<byte> key) => Prefix + Convert.ToBase64String(key);
}
