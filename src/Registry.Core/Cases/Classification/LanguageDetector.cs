using System.Text.RegularExpressions;
using Registry.Validation;

namespace Registry.Cases.Classification;

/// <summary>
/// Finnish or English, by counting frequent function words and Finnish letters; a mixed message is
/// answered in the language it mostly uses, and a tie in Finnish (the company's and the notice's language).
/// </summary>
public static partial class LanguageDetector
{
    public static CaseLanguage Detect(string text)
    {
        var lower = text.ToLowerInvariant();
        var finnish = FinnishWords().Count(lower) + (FinnishLetters().Count(lower) / 3);
        var english = EnglishWords().Count(lower);
        return english > finnish ? CaseLanguage.En : CaseLanguage.Fi;
    }

    [GeneratedRegex(@"\b(ja|on|ei|että|minun|minua|minulle|tiedot|tietoni|tietojeni|tietoja|hei|moi|terveisin|kiitos|haluan|pyydän|olen|voitteko|voisitteko|teidän|kanssa|mutta|myös|kun|niin|tai|kaikki|asiakas\w*|tilau\w*)\b", LinearRegex.Options)]
    private static partial Regex FinnishWords();

    [GeneratedRegex(@"[äöå]", LinearRegex.Options)]
    private static partial Regex FinnishLetters();

    [GeneratedRegex(@"\b(the|and|is|my|me|i|you|your|please|data|hello|hi|dear|regards|thanks|thank|would|like|to|of|all|with|for|this|that|have|from|more|pls|want|send)\b", LinearRegex.Options)]
    private static partial Regex EnglishWords();
}
