using System.Net;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Registry.Functions.Tests.Support;
using Registry.Testing.Azurite;
using Registry.Testing.Builders;

namespace Registry.Functions.Tests.Orders;

/// <summary>
/// Bad input that must not be stored at all, refused over HTTP with a problem that says why and where; the register's
/// tables (read with their own storage client) stay empty.
/// </summary>
[Collection(AzuriteCollection.Name)]
public class UnstorableOrderTests(AzuriteFixture azurite)
{
    private readonly string _subjects = UniqueNames.Table("Subjects");
    private readonly string _lookup = UniqueNames.Table("Lookup");
    private readonly string _schedule = UniqueNames.Table("Schedule");
    private readonly string _suppression = UniqueNames.Table("Suppression");

    [Fact]
    public async Task Post_OrderWhoseAccountingRetentionHasEnded_Answers400SayingSoAndStoresNothing()
    {
        await using var app = await StartAsync();

        var response = await app.PostOrderAsync(OrderJson.Valid(placedAt: new DateTimeOffset(2018, 6, 1, 12, 0, 0, TimeSpan.FromHours(3))));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single(Errors(await response.Content.ReadAsStringAsync()));
        Assert.Equal("placedAt", error.Field);
        Assert.Equal(
            "the Accounting Act (1336/1997 ch. 2 §10) keeps an order placed on 2018-06-01 only until 2024-12-31; that period has ended, so the order is not stored.",
            error.Detail);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Post_OrderOnTheLastDayOfAnEndedPeriod_IsRefusedAndOneOnTheNextDayIsStored()
    {
        await using var app = await StartAsync();
        var year = DateTimeOffset.UtcNow.Year;

        // Placed on 31 December seven years ago, in the order's own offset: kept only until last 31 December.
        var ended = await app.PostOrderAsync(OrderJson.Valid(placedAt: new DateTimeOffset(year - 7, 12, 31, 23, 59, 0, TimeSpan.FromHours(2))));

        Assert.Equal(HttpStatusCode.BadRequest, ended.StatusCode);
        var error = Assert.Single(Errors(await ended.Content.ReadAsStringAsync()));
        Assert.Equal("placedAt", error.Field);
        Assert.Contains($"only until {year - 1}-12-31; that period has ended", error.Detail, StringComparison.Ordinal);
        await AssertNothingStoredAsync();

        // A minute later on the order's calendar (still the old year in UTC) its financial year is the next one: kept until this 31 December.
        var kept = await app.PostOrderAsync(OrderJson.Valid(placedAt: new DateTimeOffset(year - 6, 1, 1, 0, 0, 0, TimeSpan.FromHours(2))));

        Assert.Equal(HttpStatusCode.Created, kept.StatusCode);
    }

    [Fact]
    public async Task Post_ValuesOfTheWrongJsonType_NamesEveryFieldWithTheTypeItNeeds()
    {
        await using var app = await StartAsync();
        var order = OrderJson.Valid();
        order["customer"]!["email"] = 42;
        order["lines"]![0]!["quantity"] = "two";
        order["lines"]![0]!["unitPrice"] = true;
        order["total"] = "118.80";
        order["preferences"] = new JsonObject();

        var response = await app.PostOrderAsync(order);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            [
                ("customer.email", "must be a string, not a number."),
                ("lines[0].quantity", "must be an integer, not a string."),
                ("lines[0].unitPrice", "must be a number, not a boolean."),
                ("preferences", "must be an array, not an object."),
                ("total", "must be a number, not a string."),
            ],
            Errors(await response.Content.ReadAsStringAsync()).OrderBy(e => e.Field, StringComparer.Ordinal));
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Post_InvalidJson_SaysTheLineAndPositionWhereItBreaks()
    {
        await using var app = await StartAsync();
        var body = "{\n  \"orderId\": \"WS-1\",\n  \"channel\": \"webshop\"\n  \"placedAt\": \"2026-11-20T10:15:00+02:00\"\n}";

        var response = await app.SendSignedAsync(HttpMethod.Post, "/api/orders", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single(Errors(await response.Content.ReadAsStringAsync()));
        Assert.Equal(("$", "is not valid JSON: it breaks at line 4, position 3."), error);
        await AssertNothingStoredAsync();
    }

    private static List<(string Field, string Detail)> Errors(string problem) =>
        JsonNode.Parse(problem)!["errors"]!.AsArray().Select(e => (e!["field"]!.GetValue<string>(), e["detail"]!.GetValue<string>())).ToList();

    private async Task AssertNothingStoredAsync()
    {
        var tables = new TableServiceClient(azurite.ConnectionString);
        foreach (var table in new[] { _subjects, _lookup, _schedule, _suppression })
        {
            await foreach (var entity in tables.GetTableClient(table).QueryAsync<TableEntity>())
            {
                Assert.Fail($"{table} holds {entity.PartitionKey}/{entity.RowKey}");
            }
        }
    }

    private Task<RegistryApp> StartAsync() =>
        RegistryApp.StartAsync(azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["Registry__Storage__SubjectsTable"] = _subjects,
            ["Registry__Storage__LookupTable"] = _lookup,
            ["Registry__Storage__ScheduleTable"] = _schedule,
            ["Registry__Storage__SuppressionTable"] = _suppression,
        });
}
