namespace Registry.Privacy.Encryption;

/// <summary>What opening a sealed value gives: the plaintext, or one of the two ways it cannot be read.</summary>
public abstract record Unsealed
{
    private Unsealed()
    {
    }

    /// <summary>The value, authenticated: it is the one sealed for this subject, scope, row and field.</summary>
    public sealed record Opened(byte[] Plaintext) : Unsealed;

    /// <summary>The data key it was sealed with has been destroyed: the value is erased, by design.</summary>
    public sealed record Erased : Unsealed;

    /// <summary>
    /// The stored form is damaged or was moved, altered or forged: authentication failed. Never a normal
    /// outcome; the reason names no value.
    /// </summary>
    public sealed record Unreadable(string Reason) : Unsealed;
}
