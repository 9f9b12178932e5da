using System.Text.RegularExpressions;
using Registry.Validation;

namespace Registry.Cases.Classification;

/// <summary>
/// Finnish, Swedish or English, by counting frequent function words, Finnish letters (ä, ö) and the Swedish å; a mixed
/// message is answered in the language it mostly uses, and a tie in Finnish (the company's and the notice's language).
/// Words both languages write alike ("en" is Finnish "not" and Swedish "a") count for neither.
/// </summary>
public static partial class LanguageDetector
{
    public static CaseLanguage Detect(string text)
    {
        var lower = text.ToLowerInvariant();
        var finnish = FinnishWords().Count(lower) + (FinnishLetters().Count(lower) / 3);
        var swedish = SwedishWords().Count(lower) + SwedishLetter().Count(lower);
        var english = EnglishWords().Count(lower);
        return english > finnish && english >= swedish ? CaseLanguage.En
            : swedish > finnish ? CaseLanguage.Sv
            : CaseLanguage.Fi;
    }

    [GeneratedRegex(@"\b(ja|on|ei|että|minun|minua|minulle|tiedot|tietoni|tietojeni|tietoja|hei|moi|terveisin|kiitos|haluan|pyydän|olen|voitteko|voisitteko|teidän|kanssa|mutta|myös|kun|niin|tai|kaikki|asiakas\w*|tilau\w*)\b", LinearRegex.Options)]
    private static partial Regex FinnishWords();

    [GeneratedRegex(@"[äö]", LinearRegex.Options)]
    private static partial Regex FinnishLetters();

    [GeneratedRegex(@"\b(och|jag|att|det|är|inte|mig|min|mina|mitt|ni|er|era|ert|hej|tack|med|vänliga|hälsningar|mvh|för|på|av|till|om|vill|kan|har|som|ska|vad|vilka|uppgifter|personuppgifter|hälsning)\b", LinearRegex.Options)]
    private static partial Regex SwedishWords();

    [GeneratedRegex(@"å", LinearRegex.Options)]
    private static partial Regex SwedishLetter();

    [GeneratedRegex(@"\b(the|and|is|my|me|i|you|your|please|data|hello|hi|dear|regards|thanks|thank|would|like|to|of|all|with|for|this|that|have|from|more|pls|want|send)\b", LinearRegex.Options)]
    private static partial Regex EnglishWords();
}
