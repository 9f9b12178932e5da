using System.Security.Cryptography;
using System.Text;
using Moq;
using Registry.Clients;
using Registry.Contact;
using Registry.Core.Tests.Orders.Ingest;
using Registry.Orders.Ingest;
using Registry.Privacy;
using Registry.Testing.Builders;

namespace Registry.Core.Tests.Privacy;

public class HmacBlindIndexTests
{
    private static readonly byte[] Root = RandomNumberGenerator.GetBytes(32);

    [Fact]
    public async Task ForEmail_IsHmacSha256OfTheNormalFormUnderTheHkdfDerivedEmailKey()
    {
        var index = await Index(Root).ForEmailAsync(Email("  Maija.Meikalainen@Example.FI "));

        // Pinned: every stored lookup entry was made this way, so a change here loses every person.
        var key = HKDF.DeriveKey(HashAlgorithmName.SHA256, Root, 32, [], "registry/blind-index/email/v1"u8.ToArray());
        Assert.Equal(Convert.ToHexStringLower(HMACSHA256.HashData(key, "maija.meikalainen@example.fi"u8)), index);
        Assert.Equal(64, index.Length); // the whole 256 bits: no truncation, no collisions to merge two people
    }

    [Fact]
    public async Task ForPhone_UsesItsOwnKey()
    {
        var phone = Phone("040 123 4567");

        var index = await Index(Root).ForPhoneAsync(phone);

        var emailKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, Root, 32, [], "registry/blind-index/email/v1"u8.ToArray());
        Assert.NotEqual(Convert.ToHexStringLower(HMACSHA256.HashData(emailKey, Encoding.UTF8.GetBytes(phone.E164))), index);
        var phoneKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, Root, 32, [], "registry/blind-index/phone/v1"u8.ToArray());
        Assert.Equal(Convert.ToHexStringLower(HMACSHA256.HashData(phoneKey, "+358401234567"u8)), index);
    }

    [Fact]
    public async Task ForEmail_AnotherRootKey_GivesAnotherIndex()
    {
        var email = Email("maija@example.fi");

        Assert.NotEqual(await Index(Root).ForEmailAsync(email), await Index(RandomNumberGenerator.GetBytes(32)).ForEmailAsync(email));
    }

    [Fact]
    public async Task ForOrderContent_IsKeyedSoAGuessedOrderCannotBeConfirmedWithoutTheKey()
    {
        var client = ClientId.Parse("webshop");
        var order = new OrderValidator(new IngestionLimits(), new Registry.Retention.RetentionCalendar(new Registry.Retention.RetentionOptions()), new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero))).Validate(OrderSubmissions.From(OrderJson.Valid(orderId: "WS-1"))).Value!;

        var fingerprint = await Index(Root).ForOrderContentAsync(client, order);

        Assert.Equal(fingerprint, await Index(Root).ForOrderContentAsync(client, order));
        Assert.NotEqual(Convert.ToBase64String(SHA256.HashData(OrderContentHash.Canonical(client, order))), fingerprint);
        Assert.NotEqual(fingerprint, await Index(RandomNumberGenerator.GetBytes(32)).ForOrderContentAsync(client, order));
    }

    private static HmacBlindIndex Index(byte[] root)
    {
        var secrets = new Mock<IRegistrySecrets>();
        secrets.Setup(s => s.GetBlindIndexRootKeyAsync(It.IsAny<CancellationToken>())).ReturnsAsync(root);
        return new HmacBlindIndex(secrets.Object);
    }

    private static EmailAddress Email(string text) => EmailAddress.TryParse(text, out var email) ? email : throw new FormatException();

    private static PhoneNumber Phone(string text) => PhoneNumber.TryParse(text, out var phone) ? phone : throw new FormatException();
}
