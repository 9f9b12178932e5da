using System.Globalization;
using Registry.Retention;

namespace Registry.Execution.Access.Html;

/// <summary>
/// The readable access document: one self-contained HTML file (inline style, no scripts, no outside resources; a
/// Content-Security-Policy forbids both anyway) in the case's language. Each point of Art. 15(1)(a)–(h) has its own
/// section, with ids <c>art15-1-a</c>…<c>art15-1-h</c> so a test can check that none is missing.
/// </summary>
public static class AccessPackageHtml
{
    private const string Style =
        "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45;color:#1b1b1b}"
        + "table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}"
        + "th{background:#f2f2f2}td{white-space:pre-wrap}h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem}h3{font-size:1.05rem}";

    public static string Render(AccessPackage package, RetentionOptions retention, string jsonFileName)
    {
        var t = AccessTexts.For(package.CaseLanguage);
        var format = new PackageFormat(t);
        var deletedOn = package.Retention.FirstOrDefault(r => r.Rule == RetentionRules.AccessPackage)?.Until;
        var html = new HtmlWriter()
            .Raw($"<!DOCTYPE html>\n<html lang=\"{HtmlWriter.Encode(package.Language)}\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Element("title", $"{t.Title} ({package.CaseReference})")
            .Raw($"<style>{Style}</style>\n</head>\n<body>\n")
            .Element("h1", t.Title)
            .Element("p", string.Format(t.Culture, t.Lead, package.CaseReference, format.Time(package.GeneratedAt), package.Controller.Name));
        Controller(html, t, package.Controller);
        html.Section("art15-1-a", t.Heading("purposes"), s => s.Table(
            [t.Columns["purpose"], t.Columns["basis"]],
            package.Processing.Purposes.Select(p => t.Purposes.TryGetValue(p, out var text) ? new[] { text.What, text.Basis } : [p, p])));
        html.Section("art15-1-b", t.Heading("categories"), s => s.List(package.Processing.Categories.Select(c => AccessTexts.Label(t.Categories, c))));
        AccessDataHtml.Write(html, package, t, format);
        Recipients(html, package, t, format);
        Retention(html, package, t, format, retention);
        html.Section("art15-1-e", t.Heading("rights"), s => s.List(t.Rights).Element("p", t.RightsHow));
        html.Section("art15-1-f", t.Heading("complaint"), s => s.List(t.Complaint));
        html.Section("art15-1-g", t.Heading("sources"), s => s.Element("p", t.SourcesIntro).List(package.Processing.Sources.Select(c => AccessTexts.Label(t.Sources, c))));
        html.Section("art15-1-h", t.Heading("automated"), s => s.Element("p", t.Automated));
        html.Section("art15-3", t.Heading("copy"), s => s.Element("p", string.Format(
            t.Culture, t.AboutCopy, jsonFileName, deletedOn is { } day ? format.Date(day) : t.Unknown, package.Schema)));
        return html.Raw("</body>\n</html>\n").ToString();
    }

    private static void Controller(HtmlWriter html, AccessTexts t, PackageController c) =>
        html.Section("controller", t.ControllerHeading, s => s.List(
            [$"{c.Name} ({c.BusinessId})", c.Address, $"{c.Contact}, {c.ContactEmail}"]));

    private static void Recipients(HtmlWriter html, AccessPackage package, AccessTexts t, PackageFormat format) =>
        html.Section("art15-1-c", t.Heading("recipients"), s =>
        {
            if (package.Disclosures.Count == 0)
            {
                s.Element("p", t.NoDisclosures);
            }
            else
            {
                s.Table(
                    [t.Columns["at"], t.Columns["recipient"], t.Columns["purpose"], t.Columns["categories"], t.Columns["basis"], t.Columns["reference"]],
                    package.Disclosures.Select(d => new[]
                    {
                        format.Time(d.DisclosedAt), d.Recipient, AccessTexts.Label(t.Codes, d.Purpose),
                        string.Join(", ", d.Categories.Select(c => AccessTexts.Label(t.Categories, c))), AccessTexts.Label(t.Codes, d.Basis), d.DisclosureId,
                    }));
            }

            s.Element("p", t.RecipientsIntro).List(package.Processing.RecipientCategories.Select(r => AccessTexts.Label(t.RecipientCategories, r)));
            s.Element("p", t.Transfers, id: "art15-2");
        });

    private static void Retention(HtmlWriter html, AccessPackage package, AccessTexts t, PackageFormat format, RetentionOptions retention) =>
        html.Section("art15-1-d", t.Heading("retention"), s => s.Table(
            [t.Columns["category"], t.Columns["reference"], t.Columns["until"], t.Columns["rule"]],
            package.Retention.Select(r => new[]
            {
                AccessTexts.Label(t.Categories, r.Category), r.Reference, r.Until is { } until ? format.Date(until) : t.Unknown,
                t.RetentionRules.TryGetValue(r.Rule, out var rule) ? string.Format(t.Culture, rule, Figure(r.Rule, retention)) : r.Rule,
            })));

    private static int Figure(string rule, RetentionOptions retention) => rule switch
    {
        RetentionRules.AccountingAct => retention.AccountingRetentionYears,
        RetentionRules.InactiveProfile => retention.InactiveProfileYears,
        RetentionRules.AccessPackage => retention.AccessPackageDays,
        _ => RetentionRules.CaseFileYears,
    };
}

/// <summary>Dates, times and sums the way the document's language writes them; times in Finnish time, where the company is.</summary>
internal sealed class PackageFormat(AccessTexts texts)
{
    private static readonly TimeZoneInfo Helsinki = FindHelsinki();

    public string Date(DateOnly day) => day.ToString(texts.DateFormat, texts.Culture);

    public string Time(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Helsinki).ToString(texts.TimeFormat, texts.Culture);

    public string Money(decimal amount, string currency) => $"{amount.ToString("N2", texts.Culture)} {currency}";

    public string Number(decimal value) => value.ToString("0.##", texts.Culture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static TimeZoneInfo FindHelsinki() =>
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Helsinki", out var zone) ? zone : TimeZoneInfo.Utc;
}
