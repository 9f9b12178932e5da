using System.Text.Json;
using Registry.Erasure;

namespace Registry.Core.Tests.Erasure;

public class AnonymisationTests
{
    [Theory]
    [InlineData("00550", "00xxx")]
    [InlineData(" 33100 ", "33xxx")]
    [InlineData("22", "22")]
    [InlineData("SW1A 1AA", "SWxxxxxx")]
    public void PostalArea_KeepsTheFirstTwoCharactersOnly(string code, string area) =>
        Assert.Equal(area, Anonymisation.PostalArea(code));

    [Fact]
    public void Describe_KeepsCountryAreaDatesAndSumsAndNothingThatNamesThePerson()
    {
        var data = new SubjectDataBuilder().WithProfile(DateTimeOffset.UnixEpoch)
            .WithOrder(new DateTimeOffset(2024, 3, 5, 23, 30, 0, TimeSpan.FromHours(2)), total: 59.90m)
            .WithOrder(new DateTimeOffset(2023, 1, 2, 8, 0, 0, TimeSpan.FromHours(2)), total: 10m).ObjectingToDirectMarketing().Build();

        var record = Anonymisation.Describe("abc123", data.Profile!, data);

        Assert.Equal("FI", record.Country);
        Assert.Equal("00xxx", record.PostalArea);
        Assert.Equal([new AnonymousOrder(new DateOnly(2023, 1, 2), 10m, "EUR"), new AnonymousOrder(new DateOnly(2024, 3, 5), 59.90m, "EUR")], record.Orders);
        var json = JsonSerializer.Serialize(record);
        foreach (var personal in new[] { "Maija", "maija@example.fi", "Pariisinkatu", "Helsinki", "00550", data.Subject.Value, "WS-1", "INV-1" })
        {
            Assert.DoesNotContain(personal, json, StringComparison.OrdinalIgnoreCase);
        }
    }
}
