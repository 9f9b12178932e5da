using System.Net;
using Registry.Preferences;

namespace Registry.Functions.Unsubscribe;

/// <summary>The pages a person sees, in Finnish and English. They name the purpose, never the person.</summary>
public static class UnsubscribePages
{
    public static HtmlPageResult Confirm(ConsentPurpose purpose, string token) => new(200, Page(
        "Peru tilaus / Unsubscribe",
        $"""
        <p lang="fi">Haluatko, ettei Tailorframe Oy käsittele tietojasi tähän tarkoitukseen: <strong>{Finnish(purpose)}</strong>?</p>
        <p lang="en">Do you want Tailorframe Oy to stop processing your data for this purpose: <strong>{English(purpose)}</strong>?</p>
        <form method="post" action="?token={WebUtility.HtmlEncode(token)}">
          <input type="hidden" name="List-Unsubscribe" value="One-Click">
          <button type="submit">Kyllä, peru / Yes, unsubscribe</button>
        </form>
        """));

    public static HtmlPageResult Done(ConsentPurpose purpose) => new(200, Page(
        "Tilaus peruttu / Unsubscribed",
        $"""
        <p lang="fi">Kieltosi on kirjattu: {Finnish(purpose)}. Voit muuttaa valintojasi verkkokaupan asetuksissa.</p>
        <p lang="en">Your objection is recorded: {English(purpose)}. You can change your choices in the web shop's settings.</p>
        """));

    public static HtmlPageResult NotValid() => new(400, Page(
        "Linkki ei kelpaa / Link not valid",
        """
        <p lang="fi">Tämä linkki ei ole voimassa. Mitään ei muutettu.</p>
        <p lang="en">This link is not valid. Nothing was changed.</p>
        """));

    private static string Page(string title, string body) =>
        $"""
        <!doctype html>
        <html lang="fi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
        <meta name="robots" content="noindex"><title>{title}</title>
        <style>body{"{"}font-family:sans-serif;max-width:36em;margin:3em auto;padding:0 1em{"}"}</style></head>
        <body><h1>{title}</h1>
        {body}
        </body></html>
        """;

    private static string Finnish(ConsentPurpose purpose) => purpose switch
    {
        ConsentPurpose.DirectAdvertising => "suoramainonta",
        ConsentPurpose.DistanceSelling => "etämyynti",
        ConsentPurpose.DirectMarketing => "muu suoramarkkinointi",
        ConsentPurpose.MarketResearch => "markkina- ja mielipidetutkimukset",
        ConsentPurpose.TargetedContent => "kohdennettu sisältö ja markkinointi",
        _ => "tietojen julkaiseminen",
    };

    private static string English(ConsentPurpose purpose) => purpose switch
    {
        ConsentPurpose.DirectAdvertising => "direct advertising",
        ConsentPurpose.DistanceSelling => "distance selling",
        ConsentPurpose.DirectMarketing => "other direct marketing",
        ConsentPurpose.MarketResearch => "market and opinion research",
        ConsentPurpose.TargetedContent => "targeted content and marketing",
        _ => "publication of your data",
    };
}
