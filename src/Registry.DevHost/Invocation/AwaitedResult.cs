namespace Registry.DevHost.Invocation;

/// <summary>
/// Awaits what a function returned, by its declared return type: Task, Task&lt;T&gt;, ValueTask,
/// ValueTask&lt;T&gt; or a plain value.
/// </summary>
internal static class AwaitedResult
{
    public static async Task<object?> OfAsync(object? returned, Type declaredType)
    {
        if (returned is null)
        {
            return null;
        }

        if (declaredType == typeof(ValueTask))
        {
            await (ValueTask)returned;
            return null;
        }

        if (IsGeneric(declaredType, typeof(ValueTask<>)))
        {
            returned = declaredType.GetMethod(nameof(ValueTask<int>.AsTask))!.Invoke(returned, null)!;
            declaredType = typeof(Task<>).MakeGenericType(declaredType.GetGenericArguments());
        }

        if (returned is not Task task)
        {
            return returned;
        }

        await task;
        return IsGeneric(declaredType, typeof(Task<>))
            ? declaredType.GetProperty(nameof(Task<int>.Result))!.GetValue(task)
            : null;
    }

    private static bool IsGeneric(Type type, Type definition) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == definition;
}
