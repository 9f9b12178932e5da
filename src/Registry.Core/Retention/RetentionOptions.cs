namespace Registry.Retention;

/// <summary>Retention periods (design brief §4), configurable under <c>Registry:Retention</c>.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Registry:Retention";

    /// <summary>The month and day the company's financial year ends (31 Dec by default).</summary>
    public int FinancialYearEndMonth { get; set; } = 12;

    public int FinancialYearEndDay { get; set; } = 31;

    /// <summary>Accounting Act 1336/1997 ch. 2 §10: vouchers are kept six years from the end of the year the financial year ended.</summary>
    public int AccountingRetentionYears { get; set; } = 6;

    /// <summary>Company policy: a customer with no activity for this long is anonymised.</summary>
    public int InactiveProfileYears { get; set; } = 3;

    /// <summary>How often the purge looks again at data held by a hold without a known end (an open invoice, collection, a legal claim).</summary>
    public int HoldRecheckDays { get; set; } = 30;

    /// <summary>Company policy (design brief §4): an access package is deleted this many days after it was made.</summary>
    public int AccessPackageDays { get; set; } = 30;
}
