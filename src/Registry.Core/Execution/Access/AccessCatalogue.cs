namespace Registry.Execution.Access;

/// <summary>
/// What the privacy notice says about the register as a whole, as codes the readable document explains: the
/// controller (notice header), purposes [S1], categories [S2], sources [S3] and recipient categories [S4].
/// Changing the notice means changing this file and the texts in <c>Html/AccessTexts*.cs</c>.
/// </summary>
public static class AccessCatalogue
{
    public static PackageController Controller { get; } = new(
        "Tailorframe Oy", "2537284-7", "Pariisinkatu 4, 00550 Helsinki, Finland", "Jere Hietala", "info@tailorframe.com");

    public static IReadOnlyList<string> Purposes { get; } =
        ["customer_relationship", "orders", "accounting", "business_development", "direct_marketing", "targeted_content", "subject_requests"];

    public static IReadOnlyList<string> Categories { get; } =
        ["name", "organisation", "email", "postal_address", "phone", "orders", "billing", "preferences", "disclosures", "cases"];

    public static IReadOnlyList<string> Sources { get; } =
        ["webshop", "store", "reseller", "registration", "customer_notice", "update_service", "subcontractor", "partner_digital_services"];

    public static IReadOnlyList<string> RecipientCategories { get; } =
        ["credit_decision_provider", "debt_collection", "invoicing_service", "authorities", "processors"];

    // S5: nothing leaves the EU/EEA (the app refuses to run outside it, D8); nothing is decided automatically (Art. 22).
    public static PackageProcessing Processing { get; } = new(Purposes, Categories, Sources, RecipientCategories, TransfersOutsideEea: false, AutomatedDecisions: false);
}
