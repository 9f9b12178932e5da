using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Registry.Validation;

namespace Registry.Functions.Http;

/// <summary>
/// Checks a parsed body against the shape of the type it binds to, before binding, so every field of the wrong JSON type
/// is named with the type it needs, not only the first one the serializer trips over. Unknown fields are not checked
/// (they are dropped); a null is left to the validator, which knows what is required.
/// </summary>
internal static class JsonShape
{
    public static void Check(JsonElement node, JsonTypeInfo type, string path, FieldErrors errors)
    {
        var kind = node.ValueKind;
        if (kind == JsonValueKind.Null)
        {
            return;
        }

        switch (Expected(type))
        {
            case Shape.Object when kind != JsonValueKind.Object:
            case Shape.Array when kind != JsonValueKind.Array:
            case Shape.String when kind != JsonValueKind.String:
            case Shape.Number when kind != JsonValueKind.Number:
            case Shape.Boolean when kind is not (JsonValueKind.True or JsonValueKind.False):
                errors.Add(Field(path), $"must be {Describe(Expected(type), type)}, not {Describe(kind)}.");
                return;
            case Shape.Integer when kind != JsonValueKind.Number || !IsInteger(node):
                errors.Add(Field(path), $"must be an integer, not {(kind == JsonValueKind.Number ? "a fraction" : Describe(kind))}.");
                return;
            case Shape.Object:
                foreach (var field in node.EnumerateObject())
                {
                    // Web defaults: names match case-insensitively, as the binder matches them.
                    if (type.Properties.FirstOrDefault(p => string.Equals(p.Name, field.Name, StringComparison.OrdinalIgnoreCase)) is { } property)
                    {
                        Check(field.Value, type.Options.GetTypeInfo(property.PropertyType), $"{path}.{property.Name}", errors);
                    }
                }

                return;
            case Shape.Array:
                var items = type.Options.GetTypeInfo(type.ElementType!);
                var i = 0;
                foreach (var item in node.EnumerateArray())
                {
                    Check(item, items, $"{path}[{i++}]", errors);
                }

                return;
        }
    }

    private enum Shape
    {
        Any,
        Object,
        Array,
        String,
        Number,
        Integer,
        Boolean,
    }

    private static Shape Expected(JsonTypeInfo type)
    {
        var clr = Nullable.GetUnderlyingType(type.Type) ?? type.Type;
        return type.Kind switch
        {
            JsonTypeInfoKind.Object => Shape.Object,
            JsonTypeInfoKind.Enumerable => Shape.Array,
            _ when clr == typeof(string) => Shape.String,
            _ when clr == typeof(bool) => Shape.Boolean,
            _ when clr == typeof(int) || clr == typeof(long) || clr == typeof(short) => Shape.Integer,
            _ when clr == typeof(decimal) || clr == typeof(double) || clr == typeof(float) => Shape.Number,
            _ => Shape.Any,
        };
    }

    private static bool IsInteger(JsonElement node) => node.TryGetInt64(out _);

    private static string Describe(Shape shape, JsonTypeInfo type) => shape switch
    {
        Shape.Object => "an object",
        Shape.Array => "an array",
        Shape.String => "a string",
        Shape.Number => "a number",
        Shape.Integer => "an integer",
        Shape.Boolean => "true or false",
        _ => type.Type.Name,
    };

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private static string Field(string path) => path.Length == 0 ? "$" : path.TrimStart('.');
}
