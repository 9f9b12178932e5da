using Microsoft.Extensions.Compliance.Classification;

namespace Registry.Privacy.Classification;

/// <summary>Marks a value as personal data: redacted (erased) wherever it is logged.</summary>
public sealed class PersonalDataAttribute() : DataClassificationAttribute(RegistryTaxonomy.PersonalData);
