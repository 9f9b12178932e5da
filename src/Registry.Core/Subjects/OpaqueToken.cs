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

    public static bool IsValid(string token, int length) =>
        token.Length == length && token.All(c => Alphabet.Contains(c, StringComparison.Ordinal));
}
