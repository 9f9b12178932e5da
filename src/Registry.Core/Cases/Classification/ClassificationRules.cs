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

    public static readonly IReadOnlyList<(RequestType Type, Regex Pattern)> Patterns =
    [
        // Access (Art. 15): a copy of one's data, what is held, the right of access.
        Rule(RequestType.Access, @"\b(subject\s+)?access\s+req|right\s+(of|to)\s+access|\bsar\b|dsar"),
        Rule(RequestType.Access, @"(copy|cop(y|ies)\s+of|export|download|see|view|list)\b.{0,40}\b(my|all|the)?\s*(personal\s+)?(data|dat|information|info|details|records)"),
        Rule(RequestType.Access, @"what\s+(personal\s+)?(data|information|info|details)\b.{0,40}\b(hold|have|store|keep|process|collect)"),
        Rule(RequestType.Access, @"send\s+me\s+(all\s+)?(the\s+|my\s+)?(personal\s+)?(data|informations?|info|details)\b"),
        Rule(RequestType.Access, @"(provide|give|send)\s+me\s+(with\s+)?(a\s+list\s+of\s+)?(all\s+)?(of\s+)?(the\s+)?(personal\s+)?(data|informations?|info|details|what\s+you\s+(have|hold|keep))"),
        Rule(RequestType.Access, @"tarkast(us|amis|aa|taa|tella)|tarkistusoikeu|tarkistuspyyn"),
        Rule(RequestType.Access, @"mitä\s+(henkilö)?tieto(j|a)|mitä\s+te\s+tiedätte|kopio(n)?\s+(kaikista\s+)?(henkilö)?tiedo|nähdä\s+(omat\s+)?tietoni|saada\s+(omat\s+)?tiet|tiedot\s+itselleni|tiedot\s+minulle|mitä\s+minusta"),

        // Rectification (Art. 16): something is wrong or changed.
        Rule(RequestType.Rectification, @"\b(correct|rectif|update|change|fix)\w*\b.{0,40}\b(my|the)?\s*(name|surname|address|e-?mail|phone|number|spelling|details|data|information)"),
        Rule(RequestType.Rectification, @"\b(wrong|incorrect|misspel\w*|typo|out\s+of\s+date|outdated|not\s+correct)\b"),
        Rule(RequestType.Rectification, @"\bkorja|oikais|oikaista|väärin|virheelli|\bvirhe|päivit(tä|ä)|muuttunut|vaihtunut|muuttanut|uusi\s+(osoite|sukunimi|nimi|puhelinnumero)|muuttakaa|vaihtakaa"),

        // Erasure (Art. 17): delete the person or their account, be forgotten.
        Rule(RequestType.Erasure, @"\b(delete|erase|erasure|wipe|purge|remove)\w*\b.{0,40}\b(my|all|the|me)?\s*(personal\s+)?(data|information|info|details|account|profile|records|everything)"),
        Rule(RequestType.Erasure, @"(data|information|details|account|profile)\s+(deleted|erased|removed|wiped)"),
        Rule(RequestType.Erasure, @"\b(delete|erase|wipe|remove)\s+(it|them|that)\s+all\b|\b(delete|erase|wipe)\s+(it|them)\b"),
        Rule(RequestType.Erasure, @"right\s+to\s+(be\s+)?(forgotten|erasure)|forget\s+me|delete\s+me|erase\s+me|close\s+my\s+account"),
        Rule(RequestType.Erasure, @"\bpoist|tuhot|tuhoa|unohdetuksi\s+tulemi|unohtakaa\s+minut|tili(ni)?\s+(pois|kiinni)|lopettaa\s+asiakkuu|asiakkuuden\s+päättä|tiedot\s+pois"),

        // Objection (Art. 21): stop marketing, profiling, research; unsubscribe.
        Rule(RequestType.Objection, @"\bobject|opt[\s-]?out|unsubscri|stop\s+(sending|emailing|mailing|texting|calling|contacting|(all\s+)?(the\s+)?(news|marketing|advertising|ads|offers|promotions))|no\s+more\s+(marketing|newsletters?|e-?mails|ads|adverts|spam|offers)|don'?t\s+(send|contact|email|call|text)|do\s+not\s+(send|contact|email|call|use\s+my\s+data\s+for)"),
        Rule(RequestType.Objection, @"poist\w*\s+(minut\s+)?(postitus|markkinointi|uutiskirje|sähköposti)listal"),
        Rule(RequestType.Objection, @"(remove|take)\s+me\s+(off|from)\s+(your\s+|the\s+)?(mailing|e-?mail|newsletter|marketing|contact)"),
        Rule(RequestType.Objection, @"kiel(to|lä|tä|län)|vastust|en\s+(enää\s+)?halua\s+(saada\s+|enää\s+)?(mainos|mainoks|markkinoin|uutiskir|tarjou|sähköpost|viest|suoramark|puhelu|kysely)|lopettakaa|älkää\s+(enää\s+)?(lähettä|soitta|ottako)|peru\w*\s+(uutiskir|tilaus\s+uutis|markkin)|uutiskirjee(n|stä)\s+(tilau|pois)|pois\s+(postitus|markkinointi|uutiskirje)listal"),

        // Restriction (Art. 18): keep but do not use, freeze, pause.
        Rule(RequestType.Restriction, @"\brestrict|limit\w*\s+(the\s+)?(use|processing)|freez\w*\s+(my\s+)?(data|account|information)|suspend\w*\s+(the\s+)?processing|stop\s+processing|pause\s+(the\s+)?processing"),
        Rule(RequestType.Restriction, @"rajoit|jäädyt|käsittely\w*\s+(keskeyt|tauol)|keskeyttäkää"),

        // Anonymisation (the register's own right, design brief §3).
        Rule(RequestType.Anonymisation, @"anonymi|anonyym|anonymou?s|anoniimi|nimettömäksi|nimettömänä|de-?identif|pseudonym"),
    ];

    /// <summary>Readings that win over a pattern: "remove me from the mailing list" is an objection, not an erasure.</summary>
    public static readonly IReadOnlyList<(RequestType Drop, Regex When)> Exclusions =
    [
        (RequestType.Erasure, new Regex(@"(remove|delete)\s+me\s+(off|from)\s+(your\s+|the\s+)?(mailing|e-?mail|newsletter|marketing)|poist\w*\s+(minut\s+)?(postitus|markkinointi|uutiskirje|sähköposti)listal|poist\w*\s+minut\s+(uutiskirjeen|markkinoinnin)", Options)),
    ];

    /// <summary>What a reading needs besides its pattern: a rectification names what is wrong (a name, an address, the data).</summary>
    public static readonly IReadOnlyList<(RequestType Keep, Regex Only)> Requirements =
    [
        (RequestType.Rectification, new Regex(@"\b(name|address|e-?mail|phone|spell|nimi|nime|osoite|osoitte|puhelin|sukunim|tiedo|details|data)", Options)),
    ];

    private static (RequestType, Regex) Rule(RequestType type, string pattern) => (type, new Regex(pattern, Options | RegexOptions.Singleline));
}
