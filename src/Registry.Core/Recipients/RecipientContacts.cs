using Registry.Cases;
using Registry.Serialization;

namespace Registry.Recipients;

/// <summary>
/// Where Art. 19 notices go: the contact of a client that delivered data [S3] or of a recipient it was disclosed
/// to [S4], by client id (<c>Registry:Recipients:{id}:Email</c>, <c>Name</c>, <c>Language</c>). A company's
/// privacy contact, not a customer: configuration, documented in docs/configuration.md.
/// </summary>
public sealed class RecipientContact
{
    public string? Email { get; set; }

    public string? Name { get; set; }

    /// <summary><c>fi</c> (default) or <c>en</c>: the language of the notices this recipient gets.</summary>
    public string Language { get; set; } = "fi";

    public CaseLanguage LetterLanguage => WireName<CaseLanguage>.TryParse(Language, out var language) ? language : CaseLanguage.Fi;
}

/// <summary>Every configured contact by client id.</summary>
public sealed class RecipientDirectoryOptions : Dictionary<string, RecipientContact>
{
    public const string Section = "Registry:Recipients";

    public RecipientDirectoryOptions()
        : base(StringComparer.Ordinal)
    {
    }

    /// <summary>The contact with an e-mail address, or null when none is configured.</summary>
    public RecipientContact? Find(string clientId) =>
        TryGetValue(clientId, out var contact) && !string.IsNullOrWhiteSpace(contact.Email) ? contact : null;

    public bool IsValid() => Values.All(c => WireName<CaseLanguage>.TryParse(c.Language, out _));
}
