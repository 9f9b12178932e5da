namespace Registry.Cases;

/// <summary>
/// The identity verification methods the register knows by name, and what each binds. A method that names the
/// registered address binds the requester's address to the person, so letters may go to it; the others are checks
/// the officer makes outside the register (a signature, a strong identification) and bind no address.
/// </summary>
public static class VerificationMethods
{
    public const string SignedLetter = "signed_letter";

    public const string StrongIdentification = "strong_identification";

    /// <summary>The requester wrote from the registered address and quoted an order of theirs; both are checked on verify.</summary>
    public const string RegisteredEmailAndOrder = "registered_email_and_order";

    /// <summary>Set by intake alone: a plain marketing objection from the address that found the person (Art. 12(2), 21(3)).</summary>
    public const string RegisteredEmailObjection = "registered_email_objection";

    /// <summary>Whether the method proved the requester's address is the person's registered one.</summary>
    public static bool BindsRequesterAddress(string? method) => method is RegisteredEmailAndOrder or RegisteredEmailObjection;
}
