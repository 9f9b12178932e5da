using Registry.Contact;

namespace Registry.Core.Tests.Contact;

public class PhoneNumberTests
{
    [Theory]
    [InlineData("040 123 4567", "+358401234567")]
    [InlineData("0401234567", "+358401234567")]
    [InlineData("+358 40 123 4567", "+358401234567")]
    [InlineData("09 123 4567", "+35891234567")]
    [InlineData("+46 8 123 456 78", "+46812345678")]
    public void TryParse_Valid_NormalisesToE164WithFinlandAsDefault(string text, string expected)
    {
        Assert.True(PhoneNumber.TryParse(text, out var phone));
        Assert.Equal(expected, phone.E164);
    }

    [Theory]
    [InlineData("")]
    [InlineData("123")]
    [InlineData("not a phone")]
    [InlineData("+358 40")]
    public void TryParse_Invalid_Rejects(string text) => Assert.False(PhoneNumber.TryParse(text, out _));
}
