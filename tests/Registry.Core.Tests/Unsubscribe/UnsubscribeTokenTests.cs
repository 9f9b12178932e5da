using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Registry.Clients;
using Registry.Core.Tests.Preferences;
using Registry.Preferences;
using Registry.Privacy;
using Registry.Subjects;
using Registry.Unsubscribe;

namespace Registry.Core.Tests.Unsubscribe;

public class UnsubscribeTokenTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Now);
    private readonly InMemoryPreferenceStore _store = new();
    private readonly UnsubscribeHandler _handler;
    private readonly SubjectId _subject = SubjectId.New();

    private static readonly byte[] Key = Encoding.UTF8.GetBytes("unsubscribe-key-0123456789-01234");
    private static readonly byte[] OtherKey = Encoding.UTF8.GetBytes("another-unsubscribe-key-01234567");

    public UnsubscribeTokenTests() => _handler = Handler(Secrets(Key));

    [Fact]
    public async Task Unsubscribe_MintedLink_RecordsTheObjectionForItsPurpose()
    {
        var token = await MintAsync(ConsentPurpose.MarketResearch);

        var used = await _handler.UnsubscribeAsync(token);

        Assert.Equal(_subject, used!.Subject);
        Assert.Equal(PreferenceState.Objected, _store.Current[ConsentPurpose.MarketResearch].State);
        Assert.Equal("unsubscribe_link", _store.Current[ConsentPurpose.MarketResearch].Provenance.Source);
    }

    [Fact]
    public async Task Unsubscribe_ForgedSignature_ChangesNothing()
    {
        var token = await MintAsync(ConsentPurpose.DirectMarketing);
        var forged = token[..^4] + (token[^4] == 'A' ? "BBBB" : "AAAA");

        Assert.Null(await _handler.UnsubscribeAsync(forged));
        Assert.Empty(_store.History);
    }

    [Fact]
    public async Task Unsubscribe_SignedWithAnotherKey_ChangesNothing()
    {
        var other = Handler(Secrets(OtherKey));
        var token = await other.MintAsync(ClientId.Parse("webshop"), _subject, ConsentPurpose.DirectMarketing);

        Assert.Null(await _handler.UnsubscribeAsync(Query(token!.Url)));
        Assert.Empty(_store.History);
    }

    [Fact]
    public async Task Unsubscribe_DuringRotation_AcceptsLinksSignedWithTheOlderKeyUntilItIsRetired()
    {
        var token = await MintAsync(ConsentPurpose.DirectMarketing);
        var rotating = Handler(Secrets(OtherKey, Key));
        var retired = Handler(Secrets(OtherKey));

        Assert.Null(await retired.UnsubscribeAsync(token));
        Assert.NotNull(await rotating.UnsubscribeAsync(token));
    }

    [Theory]
    [InlineData(2, "publication")] // another purpose
    [InlineData(1, "sub_aaaaaaaaaaaaaaaaaaaaaaaa")] // another subject
    [InlineData(4, "4102444800")] // a later expiry
    [InlineData(3, "store_helsinki")] // another client
    public async Task Unsubscribe_AlteredPart_ChangesNothing(int part, string replacement)
    {
        var parts = (await MintAsync(ConsentPurpose.DirectMarketing)).Split('.');
        parts[part] = replacement;

        Assert.Null(await _handler.UnsubscribeAsync(string.Join('.', parts)));
        Assert.Empty(_store.History);
    }

    [Fact]
    public async Task Unsubscribe_Expired_ChangesNothing()
    {
        var token = await MintAsync(ConsentPurpose.DirectMarketing);
        _time.Advance(TimeSpan.FromDays(30) + TimeSpan.FromSeconds(1));

        Assert.Null(await _handler.UnsubscribeAsync(token));
        Assert.Empty(_store.History);
    }

    [Fact]
    public async Task Unsubscribe_UsedTwice_RecordsOneObjection()
    {
        var token = await MintAsync(ConsentPurpose.DirectMarketing);
        await _handler.UnsubscribeAsync(token);
        _time.Advance(TimeSpan.FromHours(1));

        Assert.NotNull(await _handler.UnsubscribeAsync(token));
        Assert.Single(_store.History);
        Assert.Equal(Now, _store.Current[ConsentPurpose.DirectMarketing].OccurredAt);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("v1.a.b")]
    [InlineData("v2.sub_aaaaaaaaaaaaaaaaaaaaaaaa.direct_marketing.webshop.4102444800.lnk_aaaaaaaaaaaaaaaaaaaaaaaa.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task Unsubscribe_Malformed_ChangesNothing(string? token)
    {
        Assert.Null(await _handler.UnsubscribeAsync(token));
        Assert.Empty(_store.History);
    }

    [Fact]
    public async Task Mint_Token_CarriesNoPersonalData()
    {
        var token = await MintAsync(ConsentPurpose.DirectMarketing);

        Assert.Matches("^v1\\.sub_[a-z2-7]{24}\\.direct_marketing\\.webshop\\.[0-9]+\\.lnk_[a-z2-7]{24}\\.[A-Za-z0-9_-]{43}$", token);
    }

    private async Task<string> MintAsync(ConsentPurpose purpose)
    {
        var link = await _handler.MintAsync(ClientId.Parse("webshop"), _subject, purpose);
        Assert.StartsWith("https://registry.example.test/api/unsubscribe?token=", link!.Url, StringComparison.Ordinal);
        return Query(link.Url);
    }

    private static string Query(string url) => url[(url.IndexOf("token=", StringComparison.Ordinal) + 6)..];

    private static IRegistrySecrets Secrets(params byte[][] keys)
    {
        var secrets = new Mock<IRegistrySecrets>();
        secrets.Setup(s => s.GetUnsubscribeTokenKeysAsync(It.IsAny<CancellationToken>())).ReturnsAsync(keys);
        return secrets.Object;
    }

    private UnsubscribeHandler Handler(IRegistrySecrets secrets)
    {
        var options = Options.Create(new UnsubscribeOptions { BaseUrl = "https://registry.example.test", LinkLifetime = TimeSpan.FromDays(30) });
        var preferences = new RecordPreferencesHandler(_store, Mock.Of<ISuppressionList>(), Mock.Of<IBlindIndex>(), _time, NullLogger<RecordPreferencesHandler>.Instance);
        return new UnsubscribeHandler(new UnsubscribeTokenCodec(secrets, _time), _store, preferences, options, _time, NullLogger<UnsubscribeHandler>.Instance);
    }
}
