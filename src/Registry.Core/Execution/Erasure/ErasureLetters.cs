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
        var fi = language == CaseLanguage.Fi;
        return new()
        {
            ["kept"] = plan.EraseEverything
                ? (fi ? "Mitään tietoja ei tarvinnut jättää säilytettäväksi." : "Nothing had to be kept.")
                : HoldWording.Describe(plan.Holds, language),
            ["ordersErased"] = plan.OrdersToErase.Count == 0
                ? string.Empty
                : fi ? $"Poistimme myös {plan.OrdersToErase.Count} tilauksen tiedot, joiden säilytysaika on päättynyt."
                     : $"We also erased {plan.OrdersToErase.Count} order(s) whose retention period had ended.",
            ["suppression"] = Objected(data)
                ? (fi ? "Koska olette kieltänyt suoramarkkinoinnin, säilytämme sähköpostiosoitteestanne vain avaimella lasketun tunnisteen (ei itse osoitetta), jotta emme lähetä siihen markkinointia uudelleen."
                      : "Because you objected to direct marketing, we keep only a keyed fingerprint of your e-mail address (not the address itself), so that we never send marketing to it again.")
                : string.Empty,
        };
    }

    private static bool Objected(SubjectData data) =>
        data.Preferences.Any(p => p.Purpose == ConsentPurpose.DirectMarketing && p.State == PreferenceState.Objected);
}
