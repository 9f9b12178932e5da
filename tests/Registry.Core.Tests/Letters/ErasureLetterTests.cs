using Registry.Cases;
using Registry.Letters;
using Registry.Orders;
using Registry.Retention;

namespace Registry.Core.Tests.Letters;

public class ErasureLetterTests
{
    [Theory]
    [InlineData(CaseLanguage.Fi, "kirjanpitolaki 1336/1997", "31.12.2032", "kunnes lasku on maksettu")]
    [InlineData(CaseLanguage.En, "Accounting Act 1336/1997", "31 December 2032", "until the invoice is paid")]
    [InlineData(CaseLanguage.Sv, "bokföringslagen 1336/1997", "31 december 2032", "tills fakturan är betald")]
    public void ErasurePartial_SaysWhatIsKeptUnderWhichLawAndUntilWhen(CaseLanguage language, string law, string until, string open)
    {
        Hold[] holds = [new(HoldKind.AccountingRetention, OrderRef.New(), new DateOnly(2032, 12, 31)), new(HoldKind.OpenInvoice, OrderRef.New(), null)];
        var values = new Dictionary<string, string>
        {
            ["reference"] = "DSR-2026-0001", ["name"] = "Maija", ["kept"] = HoldWording.Describe(holds, language), ["ordersErased"] = "", ["suppression"] = "",
        };

        var (subject, body) = LetterTemplates.Render(LetterKind.ErasurePartial, language, values);

        Assert.Contains("DSR-2026-0001", subject, StringComparison.Ordinal);
        Assert.Contains(law, body, StringComparison.Ordinal);
        Assert.Contains(until, body, StringComparison.Ordinal);
        Assert.Contains(open, body, StringComparison.Ordinal);
        Assert.Contains("tietosuoja@om.fi", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(LetterKind.ErasureDone, CaseLanguage.Fi)]
    [InlineData(LetterKind.ErasureDone, CaseLanguage.En)]
    [InlineData(LetterKind.AnonymisationDone, CaseLanguage.Fi)]
    [InlineData(LetterKind.AnonymisationDone, CaseLanguage.En)]
    [InlineData(LetterKind.ErasureDone, CaseLanguage.Sv)]
    [InlineData(LetterKind.AnonymisationDone, CaseLanguage.Sv)]
    public void CompletionLetters_RenderInEveryLanguage(LetterKind kind, CaseLanguage language)
    {
        var values = new Dictionary<string, string> { ["reference"] = "DSR-2026-0001", ["name"] = "Maija", ["kept"] = "-", ["suppression"] = "" };

        var (subject, body) = LetterTemplates.Render(kind, language, values);

        Assert.Contains("DSR-2026-0001", subject, StringComparison.Ordinal);
        Assert.Contains("Maija", body, StringComparison.Ordinal);
    }
}
