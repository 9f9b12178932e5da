using Registry.Contact;

namespace Registry.Core.Tests.Contact;

public class EmailAddressTests
{
    [Theory]
    [InlineData("Matti.Meikalainen@Example.FI", "matti.meikalainen@example.fi")]
    [InlineData("  matti+kehykset@example.fi ", "matti+kehykset@example.fi")]
    [InlineData("jörö@äänekoski.fi", "jörö@äänekoski.fi")]
    public void TryParse_Valid_NormalisesCaseAndWhitespace(string text, string expected)
    {
        Assert.True(EmailAddress.TryParse(text, out var email));
        Assert.Equal(expected, email.Value);
    }

    [Fact]
    public void TryParse_DecomposedUnicode_NormalisesToComposedForm()
    {
        Assert.True(EmailAddress.TryParse("jo\u0308ro\u0308@example.fi", out var decomposed));
        Assert.True(EmailAddress.TryParse("j\u00f6r\u00f6@example.fi", out var composed));
        Assert.Equal(composed, decomposed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("matti")]
    [InlineData("matti@")]
    [InlineData("@example.fi")]
    [InlineData("matti@example")]
    [InlineData("matti..m@example.fi")]
    [InlineData(".matti@example.fi")]
    [InlineData("matti meikäläinen@example.fi")]
    [InlineData("matti@exa mple.fi")]
    public void TryParse_Invalid_Rejects(string text) => Assert.False(EmailAddress.TryParse(text, out _));

    [Fact]
    public void TryParse_LongerThan254_Rejects() =>
        Assert.False(EmailAddress.TryParse(new string('a', 60) + "@" + string.Join('.', Enumerable.Repeat(new string('b', 60), 4)) + ".fi", out _));
}
