using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Registry.Serialization;
using Registry.Subjects;
using Registry.Privacy.Classification;

namespace Registry.Orders;

/// <summary>The register's own opaque reference to a stored order, returned to the client that posted it.</summary>
[JsonConverter(typeof(OrderRef.JsonConverter))]
[PseudonymousIdentifier]
public readonly record struct OrderRef
{
    private const string Prefix = "ord_";

    private OrderRef(string value) => Value = value;

    public string Value { get; }

    public static OrderRef New() => new(OpaqueToken.New(Prefix));

    public static bool TryParse([NotNullWhen(true)] string? text, out OrderRef orderRef)
    {
        orderRef = OpaqueToken.IsValid(text, Prefix) ? new OrderRef(text!) : default;
        return orderRef.Value is not null;
    }

    public static OrderRef Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException("Not an order reference.");

    public override string ToString() => Value;

    /// <summary>Reads and writes the value as its plain string.</summary>
    public sealed class JsonConverter : StringValueConverter<OrderRef>
    {
        protected override bool TryParse(string? text, out OrderRef value) => OrderRef.TryParse(text, out value);

        protected override string Format(OrderRef value) => value.Value;
    }
}
