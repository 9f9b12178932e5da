using Registry.Cases;
using Registry.Erasure;
using Registry.Letters;
using Registry.Preferences;
using Registry.Subjects;

namespace Registry.Execution.Erasure;

/// <summary>The values the erasure and anonymisation letters fill in: what was erased, what is kept and why.</summary>
internal static class ErasureLetters
{
    public static Dictionary<string, string> Values(SubjectData data, ErasurePlan plan, CaseLanguage language)
    {
        return new()
        {
            ["kept"] = plan.EraseEverything
                ? LetterVocabulary.In(language, "Mitään tietoja ei tarvinnut jättää säilytettäväksi.", "Inga uppgifter behövde sparas.", "Nothing had to be kept.")
                : HoldWording.Describe(plan.Holds, language),
            ["ordersErased"] = plan.OrdersToErase.Count == 0
                ? string.Empty
                : LetterVocabulary.In(
                    language,
                    $"Poistimme myös {plan.OrdersToErase.Count} tilauksen tiedot, joiden säilytysaika on päättynyt.",
                    $"Vi raderade också uppgifterna om {plan.OrdersToErase.Count} beställning(ar) vars lagringstid hade löpt ut.",
                    $"We also erased {plan.OrdersToErase.Count} order(s) whose retention period had ended."),
            ["suppression"] = Objected(data)
                ? LetterVocabulary.In(
                    language,
                    "Koska olette kieltänyt suoramarkkinoinnin, säilytämme sähköpostiosoitteestanne vain avaimella lasketun tunnisteen (ei itse osoitetta), jotta emme lähetä siihen markkinointia uudelleen.",
                    "Eftersom du har invänt mot direktmarknadsföring sparar vi endast ett med nyckel beräknat fingeravtryck av din e-postadress (inte själva adressen), så att vi aldrig skickar marknadsföring till den igen.",
                    "Because you objected to direct marketing, we keep only a keyed fingerprint of your e-mail address (not the address itself), so that we never send marketing to it again.")
                : string.Empty,
        };
    }

    private static bool Objected(SubjectData data) =>
        data.Preferences.Any(p => p.Purpose == ConsentPurpose.DirectMarketing && p.State == PreferenceState.Objected);
}
