namespace Registry.Residency;

/// <summary>Whether this instance may handle personal data, with each check that decided it. Identifiers only.</summary>
public sealed record ResidencyVerdict(bool Compliant, IReadOnlyList<ResidencyCheck> Checks);

/// <summary>One residency check: what was checked, what was found (a region or a host name), and whether it passed.</summary>
public sealed record ResidencyCheck(string Name, string Found, bool Passed);
