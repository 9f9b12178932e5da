using Registry.Cases;

namespace Registry.Letters;

/// <summary>What the acknowledgement says happens next, by what the case needs.</summary>
public static class NextSteps
{
    public static string For(SubjectCase subjectCase) => (subjectCase.Status, subjectCase.Triage, subjectCase.Language) switch
    {
        (CaseStatus.InProgress, _, CaseLanguage.Fi) =>
            "Kiellonne koskee osoitetta, joka on rekisterissämme, joten lisäselvitystä ei tarvita: kielto otetaan käyttöön viipymättä.",
        (CaseStatus.InProgress, _, CaseLanguage.Sv) =>
            "Din invändning kommer från den adress vi har i vårt register, så inget mer behövs: den tillämpas utan dröjsmål.",
        (CaseStatus.InProgress, _, _) =>
            "Your objection comes from the address we have on record, so nothing more is needed: it is applied without delay.",
        (_, not null, CaseLanguage.Fi) =>
            "Tietosuojavastaavamme lukee viestinne ja ottaa teihin yhteyttä, jos tarvitsemme lisätietoja.",
        (_, not null, CaseLanguage.Sv) =>
            "Vårt dataskyddsombud läser ditt meddelande och kontaktar dig om vi behöver mer information.",
        (_, not null, _) =>
            "Our privacy officer will read your message and contact you if we need more information.",
        (_, _, CaseLanguage.Fi) =>
            "Jotta tietojanne ei luovuteta tai muuteta väärälle henkilölle, varmistamme henkilöllisyytenne ennen kuin toimimme. " +
            "Voitte tehdä sen jollakin näistä tavoista: allekirjoitettu kirje osoitteeseen Tailorframe Oy, Tietosuoja, tai vahva " +
            "sähköinen tunnistautuminen (pankkitunnukset tai mobiilivarmenne) lähettämällämme linkillä, tai vastaus tähän viestiin " +
            "rekisteriimme tallennetusta sähköpostiosoitteesta niin, että mainitsette jonkin tilausnumeronne.",
        (_, _, CaseLanguage.Sv) =>
            "För att dina uppgifter aldrig ska lämnas ut till eller ändras för fel person kontrollerar vi din identitet innan vi agerar. " +
            "Du kan göra det på något av följande sätt: ett undertecknat brev till Tailorframe Oy, Dataskydd; stark elektronisk " +
            "identifiering via länken vi skickar dig; eller ett svar på detta meddelande från den e-postadress som finns i vårt register, " +
            "där du anger något av dina ordernummer.",
        _ =>
            "So that your data is never given to or changed for the wrong person, we verify your identity before we act. " +
            "You can do this in one of these ways: a signed letter to Tailorframe Oy, Privacy; strong electronic identification " +
            "through the link we send you; or a reply to this message from the e-mail address registered with us, quoting one " +
            "of your order numbers.",
    };
}
