using Microsoft.Extensions.Compliance.Classification;

namespace Registry.Privacy.Classification;

/// <summary>
/// The register's data classes (design decision D9). Every personal value is <see cref="PersonalData"/>:
/// it never reaches a log or telemetry in the clear. <see cref="Pseudonymous"/> marks the register's own
/// opaque identifiers (subject id, order ref, client id, case id), which are what logs carry instead.
/// </summary>
public static class RegistryTaxonomy
{
    public const string Name = "Registry";

    /// <summary>Names, e-mail addresses, phone numbers, postal addresses, organisations, free text a person wrote.</summary>
    public static DataClassification PersonalData { get; } = new(Name, nameof(PersonalData));

    /// <summary>Random or client-issued identifiers that say nothing about a person without the register.</summary>
    public static DataClassification Pseudonymous { get; } = new(Name, nameof(Pseudonymous));
}
