namespace Registry.Infrastructure.Tables;

/// <summary>The row in a person's partition that remembers their anonymous record's id until the person is erased.</summary>
internal static class AnonymousRecordRows
{
    public const string Prefix = "anon|";

    public const string Pending = "anon|record";
}
