using Azure.Data.Tables;

namespace Registry.Infrastructure.Tables;

/// <summary>
/// A string property may hold at most 64 KiB (32K UTF-16 characters), but an order may carry up to
/// 256 KiB of lines: long values are spread over <c>Name</c>, <c>Name_1</c>, <c>Name_2</c>… of one entity.
/// </summary>
internal static class ChunkedProperty
{
    private const int ChunkChars = 30_000;

    public static void Write(TableEntity entity, string name, string value)
    {
        for (int offset = 0, index = 0; offset < value.Length || index == 0; offset += ChunkChars, index++)
        {
            entity[index == 0 ? name : $"{name}_{index}"] = value.Substring(offset, Math.Min(ChunkChars, value.Length - offset));
        }
    }

    public static string Read(TableEntity entity, string name)
    {
        var value = entity.GetString(name) ?? string.Empty;
        for (var index = 1; entity.GetString($"{name}_{index}") is { } chunk; index++)
        {
            value += chunk;
        }

        return value;
    }
}
