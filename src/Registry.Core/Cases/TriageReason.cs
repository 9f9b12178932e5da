namespace Registry.Cases;

/// <summary>Why a case needs a person to read it before anything else happens.</summary>
public enum TriageReason
{
    /// <summary>The classifier could not tell what is asked; it does not guess.</summary>
    Unclear,

    /// <summary>The message was not valid JSON or missed required fields; it is kept whole in a blob.</summary>
    InvalidMessage,

    /// <summary>Handling failed every retry and the message reached the poison queue.</summary>
    Poison,
}
