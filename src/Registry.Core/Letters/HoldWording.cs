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
        var fi = language == CaseLanguage.Fi;
        var when = until is { } day ? LetterVocabulary.Date(day, language) : null;
        return (kind, fi) switch
        {
            (HoldKind.AccountingRetention, true) =>
                $"{orders} tilauksen kirjanpitotositteet (tilausrivit, summat, laskutettu nimi ja osoite): kirjanpitolaki 1336/1997 2 luku 10 §, säilytetään {when} asti.",
            (HoldKind.AccountingRetention, false) =>
                $"The accounting vouchers of {orders} order(s) (lines, sums, the name and address invoiced): Finnish Accounting Act 1336/1997, chapter 2 section 10, kept until {when}.",
            (HoldKind.OpenInvoice, true) =>
                $"{orders} avoimen laskun tiedot: saatavan periminen (tietosuoja-asetus 17 artikla 3 e kohta), kunnes lasku on maksettu.",
            (HoldKind.OpenInvoice, false) =>
                $"The data of {orders} unpaid invoice(s): to collect the amount due (GDPR Article 17(3)(e)), until the invoice is paid.",
            (HoldKind.DebtCollection, true) =>
                $"{orders} perintään siirretyn laskun tiedot: saatavien perinnästä annettu laki 513/1999 ja tietosuoja-asetus 17 artikla 3 e kohta, kunnes perintä on päättynyt.",
            (HoldKind.DebtCollection, false) =>
                $"The data of {orders} invoice(s) in debt collection: Finnish Debt Collection Act 513/1999 and GDPR Article 17(3)(e), until the collection has ended.",
            (HoldKind.LegalClaim, true) =>
                "Tilaus- ja laskutustiedot oikeudellisen vaateen laatimista, esittämistä tai puolustamista varten (tietosuoja-asetus 17 artikla 3 e kohta), kunnes asia on päättynyt.",
            _ =>
                "Order and invoicing records needed to establish, exercise or defend a legal claim (GDPR Article 17(3)(e)), until the matter has ended.",
        };
    }
}
