using System.Text.RegularExpressions;
using Registry.Validation;

namespace Registry.Cases.Classification;

/// <summary>
/// The rules, one readable list per request type, Finnish and English side by side. A pattern matches
/// lower-cased text; stems are written loosely (<c>poist</c>, <c>korja</c>) so inflected Finnish and common
/// typos still match. <see cref="Exclusions"/> removes a match another reading explains better.
/// </summary>
internal static class ClassificationRules
{
    private const RegexOptions Options = LinearRegex.Options;

    public static readonly IReadOnlyList<(RequestType Type, string Name, Regex Pattern)> Patterns =
    [
        // Access (Art. 15): a copy of one's data, what is held, the right of access.
        Rule(RequestType.Access, "access: 'access request', 'right of access', 'SAR'", @"\b(subject\s+)?access\s+req|right\s+(of|to)\s+access|\bsar\b|dsar"),
        Rule(RequestType.Access, "access: a copy, export or list of my data", @"(copy|cop(y|ies)\s+of|export|download|see|view|list)\b.{0,40}\b(my|all|the)?\s*(personal\s+)?(data|dat|information|info|details|records)"),
        Rule(RequestType.Access, "access: what data you hold", @"what\s+(personal\s+)?(data|information|info|details)\b.{0,40}\b(hold|have|store|keep|process|collect)"),
        Rule(RequestType.Access, "access: send me my data", @"send\s+me\s+(all\s+)?(the\s+|my\s+)?(personal\s+)?(data|informations?|info|details)\b"),
        Rule(RequestType.Access, "access: provide me with the data", @"(provide|give|send)\s+me\s+(with\s+)?(a\s+list\s+of\s+)?(all\s+)?(of\s+)?(the\s+)?(personal\s+)?(data|informations?|info|details|what\s+you\s+(have|hold|keep))"),
        Rule(RequestType.Access, "access: tarkastus, tarkastusoikeus", @"tarkast(us|amis|aa|taa|tella)|tarkistusoikeu|tarkistuspyyn"),
        Rule(RequestType.Access, "access: mitä tietoja, kopio tiedoista, nähdä tietoni", @"mitä\s+(henkilö)?tieto(j|a)|mitä\s+te\s+tiedätte|kopio(n)?\s+(kaikista\s+)?(henkilö)?tiedo|nähdä\s+(omat\s+)?tietoni|saada\s+(omat\s+)?tiet|tiedot\s+itselleni|tiedot\s+minulle|mitä\s+minusta"),

        // Rectification (Art. 16): something is wrong or changed.
        Rule(RequestType.Rectification, "rectification: correct or update my name, address, data", @"\b(correct|rectif|update|change|fix)\w*\b.{0,40}\b(my|the)?\s*(name|surname|address|e-?mail|phone|number|spelling|details|data|information)"),
        Rule(RequestType.Rectification, "rectification: wrong, incorrect, typo, out of date", @"\b(wrong|incorrect|misspel\w*|typo|out\s+of\s+date|outdated|not\s+correct)\b"),
        Rule(RequestType.Rectification, "rectification: korjata, oikaista, väärin, muuttunut, uusi osoite", @"\bkorja|oikais|oikaista|väärin|virheelli|\bvirhe|päivit(tä|ä)|muuttunut|vaihtunut|muuttanut|uusi\s+(osoite|sukunimi|nimi|puhelinnumero)|muuttakaa|vaihtakaa"),

        // Erasure (Art. 17): delete the person or their account, be forgotten.
        Rule(RequestType.Erasure, "erasure: delete my data or account", @"\b(delete|erase|erasure|wipe|purge|remove)\w*\b.{0,40}\b(my|all|the|me)?\s*(personal\s+)?(data|information|info|details|account|profile|records|everything)"),
        Rule(RequestType.Erasure, "erasure: data deleted", @"(data|information|details|account|profile)\s+(deleted|erased|removed|wiped)"),
        Rule(RequestType.Erasure, "erasure: delete it all", @"\b(delete|erase|wipe|remove)\s+(it|them|that)\s+all\b|\b(delete|erase|wipe)\s+(it|them)\b"),
        Rule(RequestType.Erasure, "erasure: right to be forgotten, close my account", @"right\s+to\s+(be\s+)?(forgotten|erasure)|forget\s+me|delete\s+me|erase\s+me|close\s+my\s+account"),
        Rule(RequestType.Erasure, "erasure: poistaa, tuhota, unohtakaa minut, asiakkuus pois", @"\bpoist|tuhot|tuhoa|unohdetuksi\s+tulemi|unohtakaa\s+minut|tili(ni)?\s+(pois|kiinni)|lopettaa\s+asiakkuu|asiakkuuden\s+päättä|tiedot\s+pois"),

        // Objection (Art. 21): stop marketing, profiling, research; unsubscribe.
        Rule(RequestType.Objection, "objection: object, opt out, unsubscribe, stop sending, do not contact", @"\bobject|opt[\s-]?out|unsubscri|stop\s+(sending|emailing|mailing|texting|calling|contacting|(all\s+)?(the\s+)?(news|marketing|advertising|ads|offers|promotions))|no\s+more\s+(marketing|newsletters?|e-?mails|ads|adverts|spam|offers)|don'?t\s+(send|contact|email|call|text)|do\s+not\s+(send|contact|email|call|use\s+my\s+data\s+for)"),
        Rule(RequestType.Objection, "objection: poistakaa minut postituslistalta", @"poist\w*\s+(minut\s+)?(postitus|markkinointi|uutiskirje|sähköposti)listal"),
        Rule(RequestType.Objection, "objection: remove me from the mailing list", @"(remove|take)\s+me\s+(off|from)\s+(your\s+|the\s+)?(mailing|e-?mail|newsletter|marketing|contact)"),
        Rule(RequestType.Objection, "objection: kielto, vastustan, en halua mainoksia, älkää lähettäkö", @"kiel(to|lä|tä|län)|vastust|en\s+(enää\s+)?halua\s+(saada\s+|enää\s+)?(mainos|mainoks|markkinoin|uutiskir|tarjou|sähköpost|viest|suoramark|puhelu|kysely)|lopettakaa|älkää\s+(enää\s+)?(lähettä|soitta|ottako)|peru\w*\s+(uutiskir|tilaus\s+uutis|markkin)|uutiskirjee(n|stä)\s+(tilau|pois)|pois\s+(postitus|markkinointi|uutiskirje)listal"),

        // Restriction (Art. 18): keep but do not use, freeze, pause.
        Rule(RequestType.Restriction, "restriction: restrict, limit, freeze, suspend processing", @"\brestrict|limit\w*\s+(the\s+)?(use|processing)|freez\w*\s+(my\s+)?(data|account|information)|suspend\w*\s+(the\s+)?processing|stop\s+processing|pause\s+(the\s+)?processing"),
        Rule(RequestType.Restriction, "restriction: rajoittaa, jäädyttää, keskeyttää käsittely", @"rajoit|jäädyt|käsittely\w*\s+(keskeyt|tauol)|keskeyttäkää"),

        // Anonymisation (the register's own right, design brief §3).
        Rule(RequestType.Anonymisation, "anonymisation: anonymise, pseudonymise, nimettömäksi", @"anonymi|anonyym|anonymou?s|anoniimi|nimettömäksi|nimettömänä|de-?identif|pseudonym"),
    ];

    /// <summary>Readings that win over a pattern: "remove me from the mailing list" is an objection, not an erasure.</summary>
    public static readonly IReadOnlyList<(RequestType Drop, Regex When)> Exclusions =
    [
        (RequestType.Erasure, new Regex(@"(remove|delete)\s+me\s+(off|from)\s+(your\s+|the\s+)?(mailing|e-?mail|newsletter|marketing)|poist\w*\s+(minut\s+)?(postitus|markkinointi|uutiskirje|sähköposti)listal|poist\w*\s+minut\s+(uutiskirjeen|markkinoinnin)|ta\s+bort\s+mig\s+(från|ur)\s+(er\s+|ert\s+|era\s+)?(nyhetsbrev|utskick|e-?post|mejl|mail|reklam|listan)", Options)),
    ];

    /// <summary>What a reading needs besides its pattern: a rectification names what is wrong (a name, an address, the data).</summary>
    public static readonly IReadOnlyList<(RequestType Keep, Regex Only)> Requirements =
    [
        (RequestType.Rectification, new Regex(@"\b(name|address|e-?mail|phone|spell|nimi|nime|osoite|osoitte|puhelin|sukunim|tiedo|details|data|namn|efternamn|adress|telefon|uppgift|personuppgift)", Options)),
    ];

    /// <summary>Words that look like a request and are not, blanked before any rule reads the text: "poistettu käytöstä" is "taken out of use".</summary>
    public static readonly Regex Idioms = new(@"poist\w*\s+käytöstä|removed\s+from\s+(use|sale|stock)", Options);

    private static (RequestType, string, Regex) Rule(RequestType type, string name, string pattern) => (type, name, new Regex(pattern, Options | RegexOptions.Singleline));
}
