namespace Registry.Cases;

/// <summary>The language the case is answered in: the language the requester wrote in.</summary>
public enum CaseLanguage
{
    Fi,
    En,
}
