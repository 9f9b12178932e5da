namespace Registry.Subjects;

/// <summary>Lower-case base32 (RFC 4648 alphabet) for random identifiers: safe in table keys and URLs.</summary>
internal static class OpaqueToken
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    public static string Create(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[(bytes.Length * 8 + 4) / 5];
        int buffer = 0, bits = 0, index = 0;
        foreach (var b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                chars[index++] = Alphabet[(buffer >> (bits - 5)) & 31];
                bits -= 5;
            }
        }

        if (bits > 0)
        {
            chars[index] = Alphabet[(buffer << (5 - bits)) & 31];
        }

        return new string(chars);
    }

    /// <summary>A new identifier: the prefix and 120 random bits.</summary>
    public static string New(string prefix) => prefix + Create(System.Security.Cryptography.RandomNumberGenerator.GetBytes(15));

    /// <summary>True for the prefix followed by exactly the 24 characters <see cref="New"/> makes.</summary>
    public static bool IsValid(string? text, string prefix) =>
        text is not null && text.Length == prefix.Length + 24 && text.StartsWith(prefix, StringComparison.Ordinal)
        && text.AsSpan(prefix.Length).ToString().All(c => Alphabet.Contains(c, StringComparison.Ordinal));
}
