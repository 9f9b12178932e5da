using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Registry.Cases.Classification;

/// <summary>
/// The Snowball stemmers (snowballstem.org, as shipped in Lucene.Net.Analysis.Common) for Finnish, Swedish and English:
/// "hävitetään" and "hävittää" both become "hävit", "raderar" and "radera" "rader". A stemmer keeps state, so each thread has its own.
/// </summary>
internal static class Stemmer
{
    [ThreadStatic]
    private static SnowballProgram?[]? programs;

    public static string Stem(CaseLanguage language, string word)
    {
        programs ??= new SnowballProgram?[Enum.GetValues<CaseLanguage>().Length];
        var program = programs[(int)language] ??= language switch
        {
            CaseLanguage.Fi => new FinnishStemmer(),
            CaseLanguage.Sv => new SwedishStemmer(),
            _ => new EnglishStemmer(),
        };
        program.SetCurrent(word);
        program.Stem();
        return program.Current;
    }
}
