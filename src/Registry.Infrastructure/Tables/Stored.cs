namespace Registry.Infrastructure.Tables;

/// <summary>Reads a stored value back through its validating parser; a stored value that fails it is corrupt data, not input.</summary>
internal static class Stored
{
    public delegate bool TryParser<T>(string? text, out T value);

    public static T Parse<T>(string? text, TryParser<T> parse) =>
        parse(text, out var value) ? value : throw new InvalidDataException($"A stored {typeof(T).Name} does not parse.");
}
