namespace Registry.Intake;

/// <summary>A queue message as intake needs it: the transport's id (for opaque names), when it was queued, and the raw body.</summary>
public sealed record QueuedMessage(string Queue, string QueueMessageId, DateTimeOffset InsertedOn, ReadOnlyMemory<byte> Body);
