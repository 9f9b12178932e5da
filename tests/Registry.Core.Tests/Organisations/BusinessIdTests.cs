using Registry.Organisations;

namespace Registry.Core.Tests.Organisations;

public class BusinessIdTests
{
    [Theory]
    [InlineData("2537284-7")] // Tailorframe Oy, from the privacy notice
    [InlineData("0112038-9")] // Nokia Oyj
    [InlineData("1572860-0")] // remainder 0 → check digit 0
    public void TryParse_ValidCheckDigit_Accepts(string text) => Assert.True(BusinessId.TryParse(text, out _));

    [Theory]
    [InlineData("2537284-6")]
    [InlineData("2537284-8")]
    [InlineData("25372847")]
    [InlineData("253728-47")]
    [InlineData("2537284-")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("\u0662\u0665\u0663\u0667\u0662\u0668\u0664-\u0667")] // 2537284-7 in Arabic-Indic digits
    public void TryParse_WrongCheckDigitOrShape_Rejects(string? text) => Assert.False(BusinessId.TryParse(text, out _));

    [Fact]
    public void TryParse_RemainderOne_IsNeverIssued()
    {
        // 0000001-x: weighted sum 2 → remainder 2 → check 9; 0000010-x: sum 4 → check 7; find a remainder-1 body by search.
        var body = Enumerable.Range(0, 10_000_000).Select(n => n.ToString("D7", System.Globalization.CultureInfo.InvariantCulture))
            .First(d => d.Select((c, i) => (c - '0') * new[] { 7, 9, 10, 5, 8, 4, 2 }[i]).Sum() % 11 == 1);

        Assert.All(Enumerable.Range(0, 10), check => Assert.False(BusinessId.TryParse($"{body}-{check}", out _)));
    }
}
