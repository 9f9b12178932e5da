using Registry.Clients;
using Registry.Privacy.Classification;

namespace Registry.Subjects;

/// <summary>Where a stored value came from [S3], so a rectification can be reported back to its source [S9].</summary>
/// <param name="Source">The kind of source, e.g. <c>webshop</c>, <c>store</c>, <c>reseller</c>, <c>registration</c>, <c>rectification</c>.</param>
/// <param name="Client">The calling system that delivered it.</param>
/// <param name="ObservedAt">When the value was true at the source (an order's placed-at time), not when it was stored.</param>
/// <param name="Reference">The register's own reference to the delivering record, e.g. an order reference.</param>
public sealed record Provenance(string Source, ClientId Client, DateTimeOffset ObservedAt, string? Reference);

/// <summary>A stored value together with where it came from.</summary>
public sealed record Sourced<T>([property: PersonalData] T Value, Provenance Provenance);
