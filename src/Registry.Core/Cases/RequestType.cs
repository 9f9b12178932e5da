namespace Registry.Cases;

/// <summary>What a data subject can ask for (design brief §3, notice S8–S10); a case can carry several.</summary>
public enum RequestType
{
    Access,
    Rectification,
    Erasure,
    Objection,
    Restriction,
    Anonymisation,
}
