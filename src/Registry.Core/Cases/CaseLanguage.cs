namespace Registry.Cases;

/// <summary>The language the case is answered in: the language the requester wrote in (Finland's two official languages and English).</summary>
public enum CaseLanguage
{
    Fi,
    En,
    Sv,
}
