namespace Registry.Subjects;

/// <summary>
/// What the register holds under one e-mail's blind index, from one read: who it finds (null when nobody, also after
/// an erasure) and when its owner last objected to direct marketing (null when never). The objection outlives the
/// person, so an entry can hold one without a subject, exactly like an address that never belonged to a customer.
/// </summary>
public readonly record struct EmailEntry(SubjectId? Subject, DateTimeOffset? SuppressedSince);
