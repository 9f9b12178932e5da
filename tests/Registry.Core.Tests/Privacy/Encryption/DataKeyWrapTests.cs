using System.Security.Cryptography;
using Registry.Privacy;
using Registry.Privacy.Encryption;
using Registry.Subjects;

namespace Registry.Core.Tests.Privacy.Encryption;

public class DataKeyWrapTests
{
    private static readonly KeyEncryptionKey V1 = new("v1", RandomNumberGenerator.GetBytes(32));
    private static readonly KeyEncryptionKey V2 = new("v2", RandomNumberGenerator.GetBytes(32));
    private readonly SubjectId _subject = SubjectId.New();
    private readonly DataKey _key = DataKey.Create(DataScope.Accounting);

    [Fact]
    public void Unwrap_WrappedKey_GivesTheSameKeyBack()
    {
        var wrapped = DataKeyWrap.Wrap(V1, _subject, _key);

        var key = Assert.IsType<DataKeyUnwrap.Unwrapped>(DataKeyWrap.Unwrap([V1], _subject, wrapped)).Key;
        Assert.Equal((_key.Id, _key.Scope), (key.Id, key.Scope));
        Assert.Equal(_key.Material, key.Material);
        Assert.Equal("v1", wrapped.KekVersion);
        Assert.False(wrapped.Wrapped.AsSpan().IndexOf(_key.Material) >= 0, "the key material appears in the wrapped form");
    }

    [Fact]
    public void Unwrap_AfterRotation_OlderVersionStillUnwraps()
    {
        var wrapped = DataKeyWrap.Wrap(V1, _subject, _key);

        Assert.IsType<DataKeyUnwrap.Unwrapped>(DataKeyWrap.Unwrap([V2, V1], _subject, wrapped));
    }

    [Fact]
    public void Unwrap_VersionRetired_Fails()
    {
        var wrapped = DataKeyWrap.Wrap(V1, _subject, _key);

        var failed = Assert.IsType<DataKeyUnwrap.Failed>(DataKeyWrap.Unwrap([V2], _subject, wrapped));
        Assert.Contains("v1", failed.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Unwrap_RelabelledWithAnotherVersion_Fails()
    {
        var wrapped = DataKeyWrap.Wrap(V1, _subject, _key) with { KekVersion = "v2" };

        Assert.IsType<DataKeyUnwrap.Failed>(DataKeyWrap.Unwrap([V2, V1], _subject, wrapped));
    }

    [Fact]
    public void Unwrap_WrongKeyUnderTheVersionName_Fails()
    {
        var wrapped = DataKeyWrap.Wrap(V1, _subject, _key);

        Assert.IsType<DataKeyUnwrap.Failed>(DataKeyWrap.Unwrap([new KeyEncryptionKey("v1", V2.Key)], _subject, wrapped));
    }

    [Fact]
    public void Unwrap_MovedToAnotherSubject_Fails()
    {
        var wrapped = DataKeyWrap.Wrap(V1, _subject, _key);

        Assert.IsType<DataKeyUnwrap.Failed>(DataKeyWrap.Unwrap([V1], SubjectId.New(), wrapped));
    }

    [Fact]
    public void Unwrap_RelabelledAsTheOtherScope_Fails()
    {
        var wrapped = DataKeyWrap.Wrap(V1, _subject, _key) with { Scope = DataScope.Profile };

        Assert.IsType<DataKeyUnwrap.Failed>(DataKeyWrap.Unwrap([V1], _subject, wrapped));
    }

    [Fact]
    public void Unwrap_FlippedBit_Fails()
    {
        var wrapped = DataKeyWrap.Wrap(V1, _subject, _key);
        var bytes = (byte[])wrapped.Wrapped.Clone();
        bytes[20] ^= 0x80;

        Assert.IsType<DataKeyUnwrap.Failed>(DataKeyWrap.Unwrap([V1], _subject, wrapped with { Wrapped = bytes }));
    }
}
