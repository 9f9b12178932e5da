namespace Registry.Cases.Classification;

/// <summary>
/// The words that name a request, in Finnish, Swedish and English, in dictionary form: the privacy officer reads and
/// extends this list; <see cref="LexiconEntry"/> says how a word matches its inflections. Read clause by clause
/// (<see cref="Clauses"/>), after the literal phrases of <see cref="ClassificationRules"/>; the same
/// <see cref="ClassificationRules.Exclusions"/> and <see cref="ClassificationRules.Requirements"/> apply.
/// </summary>
internal static class Lexicon
{
    public static readonly IReadOnlyList<LexiconEntry> Entries =
    [
        // Access (Art. 15, and Art. 20 portability, which the access package's machine-readable copy answers).
        Fi(RequestType.Access, "jäljennös/jäljennöstä"),
        Fi(RequestType.Access, "kopio tieto/tiedot"),
        Fi(RequestType.Access, "tiedonsaantioikeus"),
        Fi(RequestType.Access, "tiedonsaantipyyntö"),
        Fi(RequestType.Access, "nähdä mitä"),
        Fi(RequestType.Access, "tietää mitä tieto/tiedot"),
        Fi(RequestType.Access, "mitä minusta/musta tallentaa"),
        Fi(RequestType.Access, "mitä minusta/musta kerätä/kerätty"),
        Sv(RequestType.Access, "registerutdrag"),
        Sv(RequestType.Access, "kopia uppgift"),
        Sv(RequestType.Access, "kopia personuppgift"),
        Sv(RequestType.Access, "begära ut uppgift"),
        Sv(RequestType.Access, "vilka uppgifter"),
        Sv(RequestType.Access, "vad ni har om mig"),
        Sv(RequestType.Access, "tillgång till mina uppgifter"),
        Sv(RequestType.Access, "dataportabilitet"),
        En(RequestType.Access, "copy of everything"),
        En(RequestType.Access, "what you have on me"),
        En(RequestType.Access, "what you hold on me"),
        En(RequestType.Access, "what you know about me"),
        En(RequestType.Access, "machine readable"),
        En(RequestType.Access, "data portability"),

        // Rectification (Art. 16), completing incomplete data included.
        Fi(RequestType.Rectification, "täydentää"),
        Fi(RequestType.Rectification, "täydennetään"),
        Fi(RequestType.Rectification, "puutteellinen"),
        Sv(RequestType.Rectification, "rätta"),
        Sv(RequestType.Rectification, "rättelse"),
        Sv(RequestType.Rectification, "felstavat"),
        Sv(RequestType.Rectification, "felaktig"),
        Sv(RequestType.Rectification, "uppdatera"),
        Sv(RequestType.Rectification, "ändra mitt/min"),
        Sv(RequestType.Rectification, "komplettera"),
        Sv(RequestType.Rectification, "ofullständig"),
        En(RequestType.Rectification, "incomplete"),
        En(RequestType.Rectification, "supplement"),
        En(RequestType.Rectification, "complete my"),

        // Erasure (Art. 17).
        Fi(RequestType.Erasure, "hävittää"),
        Fi(RequestType.Erasure, "hävitys"),
        Sv(RequestType.Erasure, "radera"),
        Sv(RequestType.Erasure, "radering"),
        Sv(RequestType.Erasure, "ta bort uppgift"),
        Sv(RequestType.Erasure, "ta bort personuppgift"),
        Sv(RequestType.Erasure, "ta bort dem"),
        Sv(RequestType.Erasure, "ta bort mig ur/från register/registret/kundregistret"),
        Sv(RequestType.Erasure, "ta bort konto"),
        Sv(RequestType.Erasure, "avsluta konto/kundkonto"),
        Sv(RequestType.Erasure, "bli glömd"),
        En(RequestType.Erasure, "get rid of my"),

        // Objection (Art. 21): marketing, calls, newsletters.
        Fi(RequestType.Objection, "pois postituslista/postituslistalta"),
        Fi(RequestType.Objection, "pois uutiskirje/uutiskirjeen"),
        Fi(RequestType.Objection, "älkää soitella"),
        Fi(RequestType.Objection, "älkää lähettää"),
        Sv(RequestType.Objection, "sluta skicka"),
        Sv(RequestType.Objection, "sluta ringa"),
        Sv(RequestType.Objection, "inte längre få"),
        Sv(RequestType.Objection, "vill inte ha reklam"),
        Sv(RequestType.Objection, "avsluta prenumeration"),
        Sv(RequestType.Objection, "avregistrera"),
        Sv(RequestType.Objection, "motsätter mig"),
        Sv(RequestType.Objection, "invänder"),
        Sv(RequestType.Objection, "ta bort mig från utskick/nyhetsbrev/listan"),
        En(RequestType.Objection, "not want be phoned/called/contacted"),
        En(RequestType.Objection, "take me off list/mailing/newsletter/mailshot"),
        Fi(RequestType.Objection, "postituslista/postituslistalta pois"),
        En(RequestType.Objection, "leave me alone"),

        // Restriction (Art. 18).
        Sv(RequestType.Restriction, "begränsa"),
        Sv(RequestType.Restriction, "begränsning"),
        Sv(RequestType.Restriction, "spärra"),
        En(RequestType.Restriction, "account on hold"),
        En(RequestType.Restriction, "data on hold"),
        En(RequestType.Restriction, "not use my data for anything"),

        // Anonymisation (the register's own right).
        Fi(RequestType.Anonymisation, "ettei tunnistaa"),
        Fi(RequestType.Anonymisation, "tunnistamaton"),
        Sv(RequestType.Anonymisation, "avidentifiera"),
    ];

    private static LexiconEntry Fi(RequestType type, string phrase) => new(type, CaseLanguage.Fi, phrase);

    private static LexiconEntry Sv(RequestType type, string phrase) => new(type, CaseLanguage.Sv, phrase);

    private static LexiconEntry En(RequestType type, string phrase) => new(type, CaseLanguage.En, phrase);
}
