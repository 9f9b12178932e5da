using Registry.Cases;
using Registry.Execution.Access;
using Registry.Execution.Access.Html;
using static Registry.Core.Tests.Execution.Access.AccessBuilders;

namespace Registry.Core.Tests.Execution.Access;

public class AccessPackageHtmlTests
{
    public static TheoryData<CaseLanguage> Languages => new() { CaseLanguage.Fi, CaseLanguage.En, CaseLanguage.Sv };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Render_EveryPointOfArticle15HasItsSection(CaseLanguage language)
    {
        var html = Render(language);

        foreach (var point in new[] { "a", "b", "c", "d", "e", "f", "g", "h" })
        {
            Assert.Contains($"<section id=\"art15-1-{point}\">", html, StringComparison.Ordinal);
        }

        Assert.Contains("id=\"art15-2\"", html, StringComparison.Ordinal);
        Assert.Contains("<section id=\"art15-3\">", html, StringComparison.Ordinal);
        Assert.Contains("<section id=\"data\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CaseLanguage.Fi, "lang=\"fi\"", "tietosuojavaltuutetulle", "Kirjanpitolaki 1336/1997", "Kielletty (olette kieltänyt)", "1.1.2027", "Lintulahdenkuja 4")]
    [InlineData(CaseLanguage.En, "lang=\"en\"", "Data Protection Ombudsman (tietosuojavaltuutettu)", "Accounting Act 1336/1997", "Forbidden (you objected)", "1 January 2027", "Lintulahdenkuja 4")]
    [InlineData(CaseLanguage.Sv, "lang=\"sv\"", "Dataombudsmannens byrå", "Bokföringslagen 1336/1997", "Förbjudet (du invände)", "1 januari 2027", "Fågelviksgränden 4")]
    public void Render_InTheCaseLanguage_WithRightsComplaintRetentionAndChoices(CaseLanguage language, string lang, string ombudsman, string accounting, string objected, string deleted, string visiting)
    {
        var html = Render(language);

        Assert.Contains(lang, html, StringComparison.Ordinal);
        Assert.Contains(ombudsman, html, StringComparison.Ordinal);
        Assert.Contains("tietosuoja@om.fi", html, StringComparison.Ordinal);
        Assert.Contains(visiting, html, StringComparison.Ordinal);
        Assert.Contains(accounting, html, StringComparison.Ordinal);
        Assert.Contains(objected, html, StringComparison.Ordinal);
        Assert.Contains(deleted, html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Render_StoredValues_AppearWithTheirSources(CaseLanguage language)
    {
        // The encoder writes some harmless characters (+, ×) as entities; a browser shows the decoded text.
        var html = System.Net.WebUtility.HtmlDecode(Render(language));

        foreach (var value in new[] { "maija.meikalainen@example.fi", "+358401234567", "Pariisinkatu 4 B 7", "WS-2026-1001", "INV-2026-1001", "Oak frame 30×40", "mailer", "dsc_1", "DSR-2026-0042", OrderRef.Value })
        {
            Assert.Contains(value, html, StringComparison.Ordinal);
        }

        Assert.Contains("Kehys & Kuva Oy (2537284-7)", html, StringComparison.Ordinal);
        Assert.Contains("Kehys &amp; Kuva Oy", Render(language), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Render_ValueWithMarkup_IsEncodedNeverMarkup(CaseLanguage language)
    {
        var html = Render(language);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoCustomerData_SaysSoAndStillAnswersEveryPoint()
    {
        var package = Builder().Build(Case(CaseLanguage.En), Subject, null, [new CaseFile(Case(CaseLanguage.En), Timeline())], Now);

        var html = AccessPackageHtml.Render(package, RetentionSettings, AccessStep.JsonFile);

        Assert.Contains("holds no customer data about you", html, StringComparison.Ordinal);
        Assert.Contains("<section id=\"art15-1-h\">", html, StringComparison.Ordinal);
        Assert.Contains("has not been disclosed", html, StringComparison.Ordinal);
    }

    private static string Render(CaseLanguage language) => AccessPackageHtml.Render(Package(language), RetentionSettings, AccessStep.JsonFile);
}
