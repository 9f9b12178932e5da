namespace Registry.Letters.Delivery;

/// <summary>
/// A letter as its store holds it. <see cref="Letter"/> is null when it can no longer be opened (its case's key was
/// destroyed by the case-file purge); <see cref="Version"/> is what a conditional state change needs.
/// </summary>
public sealed record StoredLetter(OutboundLetter? Letter, LetterState State, int Attempts, DateTimeOffset? SendingSince, string Version);
