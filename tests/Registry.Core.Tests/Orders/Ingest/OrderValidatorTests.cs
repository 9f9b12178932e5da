using Microsoft.Extensions.Time.Testing;
using Registry.Orders.Billing;
using Registry.Orders.Ingest;

namespace Registry.Core.Tests.Orders.Ingest;

public class OrderValidatorTests
{
    private readonly OrderValidator _validator = new(new IngestionLimits { MaxLines = 5 }, new Registry.Retention.RetentionCalendar(new Registry.Retention.RetentionOptions()), new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void Validate_ValidOrder_NormalisesContactData()
    {
        var result = _validator.Validate(OrderSubmissions.Valid(o => o["customer"]!["email"] = " Maija@Example.FI "));

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        var order = result.Value!;
        Assert.Equal("maija@example.fi", order.Customer.Email.Value);
        Assert.Equal("+358401234567", order.Customer.Phone!.Value.E164);
        Assert.Equal(InvoiceStatus.Open, order.Billing.Status);
        Assert.Equal(118.80m, order.Total);
        Assert.Single(order.Preferences);
    }

    [Theory]
    [InlineData("orderId")]
    [InlineData("channel")]
    [InlineData("placedAt")]
    [InlineData("customer")]
    [InlineData("billing")]
    [InlineData("lines")]
    [InlineData("currency")]
    [InlineData("total")]
    public void Validate_MissingRequiredField_ReportsThatField(string field)
    {
        var result = _validator.Validate(OrderSubmissions.Valid(o => o.Remove(field)));

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.Field == field);
    }

    [Theory]
    [InlineData("customer.firstName")]
    [InlineData("customer.lastName")]
    [InlineData("customer.email")]
    [InlineData("customer.address")]
    [InlineData("customer.address.street")]
    [InlineData("customer.address.postalCode")]
    [InlineData("customer.address.city")]
    [InlineData("customer.address.country")]
    [InlineData("billing.paymentMethod")]
    [InlineData("billing.invoiceStatus")]
    [InlineData("lines[0].sku")]
    [InlineData("lines[1].quantity")]
    [InlineData("lines[0].unitPrice")]
    [InlineData("lines[0].vatRate")]
    public void Validate_MissingNestedField_ReportsItsPath(string path)
    {
        var result = _validator.Validate(OrderSubmissions.Valid(o => Remove(o, path)));

        Assert.Contains(result.Errors, e => e.Field == path);
    }

    [Theory]
    [InlineData("customer.email", "not-an-email")]
    [InlineData("customer.phone", "12")]
    [InlineData("customer.organisation.businessId", "2537284-6")]
    [InlineData("customer.address.postalCode", "0055")]
    [InlineData("customer.address.country", "XX")]
    [InlineData("customer.address.country", "fi")]
    [InlineData("currency", "EURO")]
    [InlineData("channel", "telephone")]
    [InlineData("placedAt", "2026-11-20T10:15:00")]
    [InlineData("placedAt", "2027-01-01T00:00:00Z")]
    [InlineData("billing.invoiceStatus", "overdue")]
    [InlineData("billing.dueDate", "4.12.2026")]
    [InlineData("orderId", "order/with/slash")]
    [InlineData("preferences[0].purpose", "spam")]
    public void Validate_InvalidValue_ReportsThatFieldWithoutEchoingTheValue(string path, string value)
    {
        var result = _validator.Validate(OrderSubmissions.Valid(o => Set(o, path, value)));

        var error = Assert.Single(result.Errors, e => e.Field == path);
        Assert.DoesNotContain(value, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SameAmountsWrittenWithFewerZeros_IsTheSameOrder()
    {
        var json = Registry.Testing.Builders.OrderJson.Valid(orderId: "WS-1", email: "a@example.fi");
        var first = _validator.Validate(OrderSubmissions.From(json)).Value!;
        json["total"] = 118.8m;
        json["lines"]![1]!["unitPrice"] = 19m;
        json["lines"]![0]!["vatRate"] = 25.50m;
        var second = _validator.Validate(OrderSubmissions.From(json)).Value!;

        var client = Registry.Clients.ClientId.Parse("webshop");
        Assert.Equal(OrderContentHash.Canonical(client, first), OrderContentHash.Canonical(client, second));
    }

    [Theory]
    [InlineData("2026-11-20T10:15:00z")]
    [InlineData("2026-11-20t10:15:00+02:00")]
    [InlineData("2026-11-20T10:15:00.123+02:00")]
    public void Validate_Rfc3339PlacedAt_IsAccepted(string placedAt) =>
        Assert.True(_validator.Validate(OrderSubmissions.Valid(o => o["placedAt"] = placedAt)).IsValid);

    [Theory]
    [InlineData("11/20/2026 10:15 +02:00")]
    [InlineData("20.11.2026 10:15:00+02:00")]
    [InlineData("2026-11-20")]
    public void Validate_NonIsoPlacedAt_IsRejected(string placedAt) =>
        Assert.Contains(_validator.Validate(OrderSubmissions.Valid(o => o["placedAt"] = placedAt)).Errors, e => e.Field == "placedAt");

    [Theory]
    [InlineData("2026-12-31T23:59:59Z", true)]
    [InlineData("2027-01-01T00:00:00Z", false)]
    public void Validate_OrderKeptUntilToday_IsAcceptedAndTheDayAfterRefused(string now, bool accepted)
    {
        // Placed on 1 January 2020 (financial year = calendar year): the Accounting Act keeps it until 31 December 2026.
        var validator = new OrderValidator(new IngestionLimits(), new Registry.Retention.RetentionCalendar(new Registry.Retention.RetentionOptions()),
            new FakeTimeProvider(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)));

        var result = validator.Validate(OrderSubmissions.Valid(o => o["placedAt"] = "2020-01-01T00:00:00+02:00"));

        Assert.Equal(accepted, result.IsValid);
        if (!accepted)
        {
            var error = Assert.Single(result.Errors);
            Assert.Equal(("placedAt", "the Accounting Act (1336/1997 ch. 2 §10) keeps an order placed on 2020-01-01 only until 2026-12-31; that period has ended, so the order is not stored."), (error.Field, error.Message));
        }
    }

    [Fact]
    public void Validate_OrderWhoseFinancialYearEndsLater_IsKeptByThatYear()
    {
        // A financial year ending 30 June: an order of 1 July 2019 belongs to the year ending June 2020, kept until 31 December 2026.
        var options = new Registry.Retention.RetentionOptions { FinancialYearEndMonth = 6, FinancialYearEndDay = 30 };
        var validator = new OrderValidator(new IngestionLimits(), new Registry.Retention.RetentionCalendar(options),
            new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero)));

        Assert.True(validator.Validate(OrderSubmissions.Valid(o => o["placedAt"] = "2019-07-01T00:00:00+03:00")).IsValid);
        Assert.Contains(validator.Validate(OrderSubmissions.Valid(o => o["placedAt"] = "2019-06-30T23:59:00+03:00")).Errors, e => e.Field == "placedAt");
    }

    [Fact]
    public void Validate_AlandPostalCode_FollowsFinnishRules()
    {
        Assert.True(_validator.Validate(OrderSubmissions.Valid(o => { Set(o, "customer.address.country", "AX"); Set(o, "customer.address.postalCode", "22100"); })).IsValid);
        Assert.False(_validator.Validate(OrderSubmissions.Valid(o => { Set(o, "customer.address.country", "AX"); Set(o, "customer.address.postalCode", "AX-22100"); })).IsValid);
    }

    [Fact]
    public void Validate_ForeignPostalCode_IsNotHeldToFinnishRules() =>
        Assert.True(_validator.Validate(OrderSubmissions.Valid(o => { Set(o, "customer.address.country", "SE"); Set(o, "customer.address.postalCode", "114 55"); })).IsValid);

    [Fact]
    public void Validate_MoreThanTwoDecimals_RejectsTheAmount()
    {
        var result = _validator.Validate(OrderSubmissions.Valid(o => o["lines"]![0]!["unitPrice"] = 49.905m));

        Assert.Contains(result.Errors, e => e.Field == "lines[0].unitPrice");
    }

    [Fact]
    public void Validate_LinesNotSummingToTotal_RejectsTheTotal()
    {
        var result = _validator.Validate(OrderSubmissions.Valid(o => o["total"] = 118.79m));

        Assert.Equal("total", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public void Validate_TooManyLines_RejectsLines()
    {
        var result = _validator.Validate(OrderSubmissions.Valid(o =>
        {
            var lines = o["lines"]!.AsArray();
            for (var i = 0; i < 5; i++)
            {
                lines.Add(lines[1]!.DeepClone());
            }
        }));

        Assert.Contains(result.Errors, e => e.Field == "lines" && e.Message.Contains('5', StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_OverlongName_ReportsTheLimit()
    {
        var result = _validator.Validate(OrderSubmissions.Valid(o => Set(o, "customer.firstName", new string('a', 101))));

        Assert.Contains(result.Errors, e => e.Field == "customer.firstName" && e.Message.Contains("100", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_InvoiceWithoutDueDate_IsRejected()
    {
        var result = _validator.Validate(OrderSubmissions.Valid(o => Remove(o, "billing.dueDate")));

        Assert.Contains(result.Errors, e => e.Field == "billing");
    }

    [Fact]
    public void Validate_OptionalFieldsAbsent_IsValid()
    {
        var result = _validator.Validate(OrderSubmissions.Valid(o =>
        {
            Remove(o, "customer.organisation");
            Remove(o, "customer.phone");
            Remove(o, "preferences");
        }));

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
    }

    [Fact]
    public void Validate_SeveralBrokenRules_ReportsEveryOne()
    {
        var result = _validator.Validate(OrderSubmissions.Valid(o =>
        {
            Set(o, "customer.email", "nope");
            Set(o, "currency", "XYZ");
            Set(o, "customer.organisation.businessId", "1234567-8");
        }));

        Assert.Equal(["currency", "customer.email", "customer.organisation.businessId"], result.Errors.Select(e => e.Field).Order());
    }

    private static void Set(System.Text.Json.Nodes.JsonObject order, string path, string value)
    {
        var (parent, name) = Navigate(order, path);
        parent[name] = value;
    }

    private static void Remove(System.Text.Json.Nodes.JsonObject order, string path)
    {
        var (parent, name) = Navigate(order, path);
        parent.Remove(name);
    }

    private static (System.Text.Json.Nodes.JsonObject Parent, string Name) Navigate(System.Text.Json.Nodes.JsonObject order, string path)
    {
        var parts = path.Split('.');
        System.Text.Json.Nodes.JsonNode node = order;
        foreach (var part in parts[..^1])
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            node = bracket < 0 ? node[part]! : node[part[..bracket]]![int.Parse(part[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)]!;
        }

        return (node.AsObject(), parts[^1]);
    }
}
