using System.Text.Json.Serialization;
using Registry.Cases;
using Registry.Serialization;

namespace Registry.Execution.Access;

/// <summary>
/// Everything the register holds about one person, as given to them on an access request (Art. 15, 20): the
/// machine-readable copy (schema v1, <c>docs/api/access-package.md</c>) that the readable document is rendered from.
/// Codes are the register's wire names, so the JSON reads the same in either language; dates are ISO 8601.
/// </summary>
public sealed record AccessPackage
{
    /// <summary>Names this version of the schema; a change that is not additive gets a new one.</summary>
    public const string SchemaId = "urn:tailorframe:registry:access-package:v1";

    public string Schema { get; init; } = SchemaId;

    public required string CaseReference { get; init; }

    public required string SubjectId { get; init; }

    /// <summary><c>fi</c> or <c>en</c>: the language of the case and of the readable document.</summary>
    public required string Language { get; init; }

    public required DateTimeOffset GeneratedAt { get; init; }

    public required PackageController Controller { get; init; }

    /// <summary>Art. 15(1)(a)–(c), (g), (h) as codes: what the register does with data of this kind, for everyone.</summary>
    public required PackageProcessing Processing { get; init; }

    /// <summary>The contact data with where each value came from; null when the register holds no profile.</summary>
    public PackageProfile? Profile { get; init; }

    public IReadOnlyList<PackageOrder> Orders { get; init; } = [];

    public IReadOnlyList<PackageBillingChange> BillingHistory { get; init; } = [];

    public required PackagePreferences Preferences { get; init; }

    /// <summary>Art. 15(1)(c): every recorded disclosure of the person's data to a recipient.</summary>
    public IReadOnlyList<PackageDisclosure> Disclosures { get; init; } = [];

    public required PackageStatus Status { get; init; }

    /// <summary>What keeps data from being erased today (an open invoice, the Accounting Act period, a legal claim).</summary>
    public IReadOnlyList<PackageHold> Holds { get; init; } = [];

    /// <summary>Art. 15(1)(d): how long each category is kept, with the dates that apply to this person.</summary>
    public IReadOnlyList<PackageRetention> Retention { get; init; } = [];

    /// <summary>The person's subject-request cases, this one included, with their timelines.</summary>
    public IReadOnlyList<PackageCase> Cases { get; init; } = [];

    /// <summary>Whether the person's data is in the package at all (false for a case linked to nobody the register knows).</summary>
    [JsonIgnore]
    public bool HasSubjectData => Profile is not null || Orders.Count > 0;

    /// <summary>The language as the case has it.</summary>
    [JsonIgnore]
    public CaseLanguage CaseLanguage => WireName<CaseLanguage>.TryParse(Language, out var language) ? language : CaseLanguage.Fi;
}

/// <summary>Who is responsible for the register and whom to write to [notice header].</summary>
public sealed record PackageController(string Name, string BusinessId, string Address, string Contact, string ContactEmail);

/// <summary>
/// The register's processing, as codes: <paramref name="Purposes"/> [S1], <paramref name="Categories"/> [S2],
/// <paramref name="Sources"/> [S3], <paramref name="RecipientCategories"/> [S4]; no transfers outside the EU/EEA [S5]
/// and no automated decisions (Art. 22).
/// </summary>
public sealed record PackageProcessing(
    IReadOnlyList<string> Purposes,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> RecipientCategories,
    bool TransfersOutsideEea,
    bool AutomatedDecisions);
