namespace Registry.Infrastructure.Secrets;

/// <summary>Root keys are stored as base64 text (scripts/new-keyvault-secrets.sh writes 32 random bytes).</summary>
internal static class SecretEncoding
{
    public static bool TryDecodeKey(string? text, int minimumBytes, out byte[] key)
    {
        key = [];
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var buffer = new byte[text.Length];
        if (!Convert.TryFromBase64String(text.Trim(), buffer, out var written) || written < minimumBytes)
        {
            return false;
        }

        key = buffer[..written];
        return true;
    }
}
