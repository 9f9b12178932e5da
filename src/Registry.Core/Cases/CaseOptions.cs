namespace Registry.Cases;

/// <summary>Settings of case work, under <c>Registry:Cases</c>.</summary>
public sealed class CaseOptions
{
    public const string Section = "Registry:Cases";

    /// <summary>The identity verification methods the privacy officer accepts (wire names).</summary>
    public List<string> VerificationMethods { get; set; } = ["signed_letter", "strong_identification", "registered_email_and_order"];

    /// <summary>The deadline watch lists open cases due within this many days (and every overdue one).</summary>
    public int DeadlineWarningDays { get; set; } = 7;

    /// <summary>Where deadline reminders go: the privacy officer's mailbox.</summary>
    public string PrivacyOfficerMailbox { get; set; } = "tietosuoja@tailorframe.example";
}
