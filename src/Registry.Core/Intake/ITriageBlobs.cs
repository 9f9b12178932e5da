namespace Registry.Intake;

/// <summary>Keeps an unreadable or poisoned message whole for manual handling, under an opaque name.</summary>
public interface ITriageBlobs
{
    /// <summary>Stores the content under <paramref name="name"/>; writing it again is harmless (same name, same content).</summary>
    Task SaveAsync(string name, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default);

    Task<ReadOnlyMemory<byte>?> ReadAsync(string name, CancellationToken cancellationToken = default);
}
