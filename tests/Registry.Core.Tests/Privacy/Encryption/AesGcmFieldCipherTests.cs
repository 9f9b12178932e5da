using System.Buffers.Text;
using System.Text;
using Registry.Privacy.Encryption;
using Registry.Subjects;

namespace Registry.Core.Tests.Privacy.Encryption;

public class AesGcmFieldCipherTests
{
    private static readonly AesGcmFieldCipher Cipher = new();
    private static readonly SubjectId Subject = SubjectId.New();
    private static readonly FieldContext Context = new(Subject, DataScope.Profile, "profile", "Email");
    private readonly DataKey _key = DataKey.Create(DataScope.Profile);

    [Fact]
    public void Seal_ThenOpen_GivesThePlaintextBack()
    {
        var stored = Cipher.Seal(_key, Context, "maija@example.fi"u8);

        var opened = Assert.IsType<Unsealed.Opened>(Cipher.Open(_key, Context, stored));
        Assert.Equal("maija@example.fi", Encoding.UTF8.GetString(opened.Plaintext));
    }

    [Fact]
    public void Seal_StoredForm_CarriesVersionAndKeyIdButNotThePlaintext()
    {
        var stored = Cipher.Seal(_key, Context, "maija@example.fi"u8);

        var parts = stored.Split('.');
        Assert.Equal(["pd1", _key.Id], parts[..2]);
        Assert.Equal(12 + "maija@example.fi".Length + 16, Base64Url.DecodeFromChars(parts[2]).Length);
        Assert.DoesNotContain("maija", stored, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Seal_SameValueTwice_GivesDifferentStoredForms()
    {
        Assert.NotEqual(Cipher.Seal(_key, Context, "same"u8), Cipher.Seal(_key, Context, "same"u8));
    }

    [Theory]
    [InlineData(0)] // nonce
    [InlineData(11)] // last nonce byte
    [InlineData(12)] // ciphertext
    [InlineData(-1)] // tag
    public void Open_FlippedBit_IsUnreadable(int index)
    {
        var stored = Cipher.Seal(_key, Context, "Mannerheimintie 12"u8);
        var parts = stored.Split('.');
        var bytes = Base64Url.DecodeFromChars(parts[2]);
        bytes[index < 0 ? bytes.Length + index : index] ^= 0x01;
        var tampered = $"{parts[0]}.{parts[1]}.{Base64Url.EncodeToString(bytes)}";

        Assert.IsType<Unsealed.Unreadable>(Cipher.Open(_key, Context, tampered));
    }

    public static TheoryData<string> Elsewhere() => ["field", "row", "subject", "scope"];

    [Theory]
    [MemberData(nameof(Elsewhere))]
    public void Open_ValueMovedElsewhere_IsUnreadable(string moved)
    {
        var stored = Cipher.Seal(_key, Context, "040 123 4567"u8);
        var other = moved switch
        {
            "field" => Context with { Field = "Phone" },
            "row" => Context with { Row = "order|ord_other" },
            "subject" => Context with { Owner = SubjectId.New() },
            _ => Context with { Scope = DataScope.Accounting },
        };

        Assert.IsType<Unsealed.Unreadable>(Cipher.Open(_key, other, stored));
    }

    [Fact]
    public void Open_WithAnotherKeyUnderTheSameId_IsUnreadable()
    {
        var stored = Cipher.Seal(_key, Context, "Maija"u8);
        var impostor = new DataKey(_key.Id, _key.Scope, DataKey.Create(DataScope.Profile).Material);

        Assert.IsType<Unsealed.Unreadable>(Cipher.Open(impostor, Context, stored));
    }

    [Fact]
    public void Open_KeyDestroyed_IsErased()
    {
        var stored = Cipher.Seal(_key, Context, "Maija"u8);

        Assert.IsType<Unsealed.Erased>(Cipher.Open(null, Context, stored));
    }

    [Fact]
    public void Open_KeyDestroyedAndScopeGivenANewKey_IsErased()
    {
        var stored = Cipher.Seal(_key, Context, "Maija"u8);

        Assert.IsType<Unsealed.Erased>(Cipher.Open(DataKey.Create(DataScope.Profile), Context, stored));
    }

    [Theory]
    [InlineData("Maija")]
    [InlineData("pd2.dk_x.AAAA")]
    [InlineData("pd1.only-two")]
    public void Open_NotASealedValue_IsUnreadable(string stored)
    {
        Assert.IsType<Unsealed.Unreadable>(Cipher.Open(_key, Context, stored));
    }

    [Fact]
    public void Open_TruncatedBytes_IsUnreadable()
    {
        Assert.IsType<Unsealed.Unreadable>(Cipher.Open(_key, Context, $"pd1.{_key.Id}.{Base64Url.EncodeToString(new byte[20])}"));
    }

    [Fact]
    public void Seal_AMillionTimesUnderOneKey_RepeatsNoNonce()
    {
        const int count = 1_000_000;
        var nonces = new HashSet<UInt128>(count);
        Span<byte> nonce = stackalloc byte[16];
        for (var i = 0; i < count; i++)
        {
            var sealedBytes = Base64Url.DecodeFromChars(Cipher.Seal(_key, Context, "x"u8).AsSpan(4 + _key.Id.Length + 1));
            sealedBytes.AsSpan(0, 12).CopyTo(nonce);
            Assert.True(nonces.Add(BitConverter.ToUInt128(nonce)), $"nonce repeated after {i} encryptions");
        }
    }
}
