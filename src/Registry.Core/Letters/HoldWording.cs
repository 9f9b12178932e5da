using Registry.Cases;
using Registry.Retention;

namespace Registry.Letters;

/// <summary>How an erasure letter explains what a hold keeps, under which law, and until when (Art. 17(3), notice S4-erasure).</summary>
public static class HoldWording
{
    public static string Describe(IReadOnlyList<Hold> holds, CaseLanguage language) =>
        string.Join("\n", holds
            .GroupBy(h => (h.Kind, h.Until))
            .OrderBy(g => g.Key.Kind)
            .ThenBy(g => g.Key.Until)
            .Select(g => "- " + Line(g.Key.Kind, g.Key.Until, g.Count(), language)));

    private static string Line(HoldKind kind, DateOnly? until, int orders, CaseLanguage language)
    {
        var when = until is { } day ? LetterVocabulary.Date(day, language) : null;
        return (kind, language) switch
        {
            (HoldKind.AccountingRetention, CaseLanguage.Fi) =>
                $"{orders} tilauksen kirjanpitotositteet (tilausrivit, summat, laskutettu nimi ja osoite): kirjanpitolaki 1336/1997 2 luku 10 §, säilytetään {when} asti.",
            (HoldKind.AccountingRetention, CaseLanguage.En) =>
                $"The accounting vouchers of {orders} order(s) (lines, sums, the name and address invoiced): Finnish Accounting Act 1336/1997, chapter 2 section 10, kept until {when}.",
            (HoldKind.OpenInvoice, CaseLanguage.Fi) =>
                $"{orders} avoimen laskun tiedot: saatavan periminen (tietosuoja-asetus 17 artikla 3 e kohta), kunnes lasku on maksettu.",
            (HoldKind.OpenInvoice, CaseLanguage.En) =>
                $"The data of {orders} unpaid invoice(s): to collect the amount due (GDPR Article 17(3)(e)), until the invoice is paid.",
            (HoldKind.DebtCollection, CaseLanguage.Fi) =>
                $"{orders} perintään siirretyn laskun tiedot: saatavien perinnästä annettu laki 513/1999 ja tietosuoja-asetus 17 artikla 3 e kohta, kunnes perintä on päättynyt.",
            (HoldKind.DebtCollection, CaseLanguage.En) =>
                $"The data of {orders} invoice(s) in debt collection: Finnish Debt Collection Act 513/1999 and GDPR Article 17(3)(e), until the collection has ended.",
            (HoldKind.LegalClaim, CaseLanguage.Fi) =>
                "Tilaus- ja laskutustiedot oikeudellisen vaateen laatimista, esittämistä tai puolustamista varten (tietosuoja-asetus 17 artikla 3 e kohta), kunnes asia on päättynyt.",
            (HoldKind.AccountingRetention, CaseLanguage.Sv) =>
                $"Bokföringsverifikationerna för {orders} beställning(ar) (orderrader, belopp, fakturerat namn och adress): bokföringslagen 1336/1997 2 kap. 10 §, sparas till och med {when}.",
            (HoldKind.OpenInvoice, CaseLanguage.Sv) =>
                $"Uppgifterna om {orders} obetald(a) faktura(or): för att driva in det förfallna beloppet (artikel 17.3 e i dataskyddsförordningen), tills fakturan är betald.",
            (HoldKind.DebtCollection, CaseLanguage.Sv) =>
                $"Uppgifterna om {orders} faktura(or) som har överlämnats till indrivning: lagen om indrivning av fordringar 513/1999 och artikel 17.3 e i dataskyddsförordningen, tills indrivningen har avslutats.",
            (HoldKind.LegalClaim, CaseLanguage.Sv) =>
                "Order- och faktureringsuppgifter som behövs för att fastställa, göra gällande eller försvara rättsliga anspråk (artikel 17.3 e i dataskyddsförordningen), tills ärendet har avslutats.",
            _ =>
                "Order and invoicing records needed to establish, exercise or defend a legal claim (GDPR Article 17(3)(e)), until the matter has ended.",
        };
    }
}
