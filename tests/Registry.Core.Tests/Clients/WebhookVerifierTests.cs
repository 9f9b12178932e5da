using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Registry.Clients;
using Registry.Clients.Signing;
using Registry.Privacy;

namespace Registry.Core.Tests.Clients;

public class WebhookVerifierTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private static readonly byte[] WebshopOld = Encoding.UTF8.GetBytes("webshop-secret-old-0123456789abc");
    private static readonly byte[] WebshopNew = Encoding.UTF8.GetBytes("webshop-secret-new-0123456789abc");
    private static readonly byte[] StoreKey = Encoding.UTF8.GetBytes("store_helsinki-secret-0123456789");
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"orderId":"WS-1"}""");

    private readonly WebhookVerifier _verifier;

    public WebhookVerifierTests()
    {
        var secrets = new Mock<IRegistrySecrets>();
        secrets.Setup(s => s.GetSigningSecretsAsync(ClientId.Parse("webshop"), It.IsAny<CancellationToken>())).ReturnsAsync([WebshopOld, WebshopNew]);
        secrets.Setup(s => s.GetSigningSecretsAsync(ClientId.Parse("store_helsinki"), It.IsAny<CancellationToken>())).ReturnsAsync([StoreKey]);
        var clients = new ClientDirectoryOptions { ["webshop"] = new(), ["store_helsinki"] = new() };
        _verifier = new WebhookVerifier(Options.Create(clients), secrets.Object, new FakeTimeProvider(Now));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task Verify_EitherLiveSecretDuringRotation_IdentifiesTheClient(int which)
    {
        var check = await _verifier.VerifyAsync(Signed(which == 0 ? WebshopOld : WebshopNew, Now));

        Assert.Equal(ClientId.Parse("webshop"), check.Client);
    }

    [Fact]
    public async Task Verify_AnotherClientsSecret_IdentifiesThatClient() =>
        Assert.Equal(ClientId.Parse("store_helsinki"), (await _verifier.VerifyAsync(Signed(StoreKey, Now))).Client);

    [Fact]
    public async Task Verify_SeveralSignaturesInTheHeader_AcceptsWhenOneMatches()
    {
        var request = Signed(WebshopNew, Now);
        var withUnknownFirst = request with { WebhookSignature = "v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA= " + request.WebhookSignature };

        Assert.NotNull((await _verifier.VerifyAsync(withUnknownFirst)).Client);
    }

    [Fact]
    public async Task Verify_BodyChangedAfterSigning_Rejects()
    {
        var request = Signed(WebshopOld, Now) with { Body = Encoding.UTF8.GetBytes("""{"orderId":"WS-2"}""") };

        Assert.Equal(SignatureFailure.NoMatchingSignature, (await _verifier.VerifyAsync(request)).Failure);
    }

    [Fact]
    public async Task Verify_IdChangedAfterSigning_Rejects() =>
        Assert.Equal(SignatureFailure.NoMatchingSignature, (await _verifier.VerifyAsync(Signed(WebshopOld, Now) with { WebhookId = "msg_other" })).Failure);

    [Fact]
    public async Task Verify_UnknownSecret_Rejects() =>
        Assert.Equal(SignatureFailure.NoMatchingSignature, (await _verifier.VerifyAsync(Signed(Encoding.UTF8.GetBytes("not-a-configured-secret-at-all!!"), Now))).Failure);

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public async Task Verify_TimestampMoreThanFiveMinutesOff_Rejects(int seconds) =>
        Assert.Equal(SignatureFailure.TimestampOutsideTolerance, (await _verifier.VerifyAsync(Signed(WebshopOld, Now.AddSeconds(seconds)))).Failure);

    [Theory]
    [InlineData(-300)]
    [InlineData(300)]
    public async Task Verify_TimestampAtTheTolerance_Accepts(int seconds) =>
        Assert.NotNull((await _verifier.VerifyAsync(Signed(WebshopOld, Now.AddSeconds(seconds)))).Client);

    [Fact]
    public async Task Verify_MissingHeader_Rejects() =>
        Assert.Equal(SignatureFailure.MissingHeaders, (await _verifier.VerifyAsync(Signed(WebshopOld, Now) with { WebhookSignature = null })).Failure);

    [Theory]
    [InlineData("v1,not base64!!")]
    [InlineData("v2,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    public async Task Verify_MalformedSignature_Rejects(string header) =>
        Assert.Equal(SignatureFailure.MalformedHeaders, (await _verifier.VerifyAsync(Signed(WebshopOld, Now) with { WebhookSignature = header })).Failure);

    private static SignedRequest Signed(byte[] secret, DateTimeOffset at)
    {
        var timestamp = at.ToUnixTimeSeconds();
        return new SignedRequest("msg_1", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture), WebhookVerifier.Sign(secret, "msg_1", timestamp, Body), Body);
    }
}
