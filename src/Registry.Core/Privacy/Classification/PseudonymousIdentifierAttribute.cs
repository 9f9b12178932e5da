using Microsoft.Extensions.Compliance.Classification;

namespace Registry.Privacy.Classification;

/// <summary>Marks one of the register's opaque identifiers: safe to log, and what logs use to name a person or order.</summary>
public sealed class PseudonymousIdentifierAttribute() : DataClassificationAttribute(RegistryTaxonomy.Pseudonymous);
