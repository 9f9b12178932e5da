namespace Registry.Infrastructure.Letters;

/// <summary>How letters leave the register, under <c>Registry:Letters</c> (docs/letters.md, docs/configuration.md).</summary>
public sealed class LetterTransportOptions
{
    public const string Section = "Registry:Letters";

    /// <summary><c>Folder</c> (development: one .eml per letter id) or <c>AcsEmail</c> (Azure Communication Services Email).</summary>
    public string Transport { get; set; } = "Folder";

    /// <summary>The local sink: a folder the letters are written to, relative to the working directory unless absolute.</summary>
    public string Folder { get; set; } = ".letters";

    /// <summary>The privacy mailbox the letters are sent from (an ACS-verified sender address in Azure).</summary>
    public string From { get; set; } = "tietosuoja@tailorframe.example";

    public string FromName { get; set; } = "Tailorframe Oy, tietosuoja";

    /// <summary>Where replies and bounces go: the privacy mailbox the intake reads.</summary>
    public string ReplyTo { get; set; } = "tietosuoja@tailorframe.example";

    /// <summary>The ACS resource's endpoint, e.g. <c>https://acs-registry-….europe.communication.azure.com</c>.</summary>
    public Uri? AcsEndpoint { get; set; }

    public bool IsValid() => Transport switch
    {
        "Folder" => !string.IsNullOrWhiteSpace(Folder),
        "AcsEmail" => AcsEndpoint is { Scheme: "https" } && !string.IsNullOrWhiteSpace(From),
        _ => false,
    };
}
