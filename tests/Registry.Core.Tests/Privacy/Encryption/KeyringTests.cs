using System.Security.Cryptography;
using Registry.Privacy;
using Registry.Privacy.Encryption;
using Registry.Subjects;

namespace Registry.Core.Tests.Privacy.Encryption;

public class KeyringTests
{
    private static readonly KeyEncryptionKey Kek = new("v1", RandomNumberGenerator.GetBytes(32));
    private readonly SubjectId _subject = SubjectId.New();

    [Fact]
    public void ForNewRows_SealsOnlyItsOwnRowsUnderKeysOfTheirOwn()
    {
        var keyring = Keyring.ForNewRows(_subject, "ord_1");

        var order = keyring.ForWriting(DataScope.Accounting, "order|ord_1");
        var snapshot = keyring.ForWriting(DataScope.Profile, "profile|ord_1");

        Assert.Same(order, keyring.ForWriting(DataScope.Accounting, "order|ord_1"));
        Assert.NotSame(order, snapshot);
        Assert.Empty(keyring.Created);
        Assert.Equal([(DataScope.Profile, "ord_1"), (DataScope.Accounting, "ord_1")], keyring.CreatedForRows.Select(c => (c.Key.Scope, c.RowRef)).Order());
        Assert.Throws<InvalidOperationException>(() => keyring.ForWriting(DataScope.Profile, "profile"));
    }

    [Fact]
    public void Open_ARowWithItsOwnKey_OpensWithItAndOtherRowsWithTheScopeKey()
    {
        var scope = DataKey.Create(DataScope.Profile);
        var own = DataKey.Create(DataScope.Profile);
        var keyring = Keyring.Open(
            _subject, [DataKeyWrap.Wrap(Kek, _subject, scope), DataKeyWrap.Wrap(Kek, _subject, own) with { RowRef = "ord_1" }], [Kek]);

        Assert.Equal(own.Id, keyring.Find(DataScope.Profile, "profile|ord_1")!.Id);
        Assert.Equal(own.Id, keyring.ForWriting(DataScope.Profile, "profile|ord_1").Id);
        Assert.Equal(scope.Id, keyring.Find(DataScope.Profile, "profile")!.Id);
        Assert.Equal(scope.Id, keyring.Find(DataScope.Profile, "profile|ord_2")!.Id);
        Assert.Equal(scope.Id, keyring.Find(DataScope.Profile)!.Id);
        Assert.Null(keyring.Find(DataScope.Accounting, "order|ord_1"));
    }

    [Fact]
    public void ForWriting_ScopeWithoutKey_CreatesOneKeyOnce()
    {
        var keyring = Keyring.Empty(_subject);

        var first = keyring.ForWriting(DataScope.Profile);
        var again = keyring.ForWriting(DataScope.Profile);

        Assert.Same(first, again);
        Assert.Same(first, Assert.Single(keyring.Created));
        Assert.Null(keyring.Find(DataScope.Accounting));
    }

    [Fact]
    public void Open_StoredKeys_AreUsedAndNothingIsCreated()
    {
        var profile = DataKey.Create(DataScope.Profile);
        var keyring = Keyring.Open(_subject, [DataKeyWrap.Wrap(Kek, _subject, profile)], [Kek]);

        Assert.Equal(profile.Id, keyring.ForWriting(DataScope.Profile).Id);
        Assert.Empty(keyring.Created);
    }

    [Fact]
    public void Open_KeyThatDoesNotUnwrap_FailsNamingOnlyIdentifiers()
    {
        var wrapped = DataKeyWrap.Wrap(Kek, _subject, DataKey.Create(DataScope.Accounting));

        var error = Assert.Throws<DataKeyUnavailableException>(() => Keyring.Open(_subject, [wrapped], [new KeyEncryptionKey("v2", Kek.Key)]));
        Assert.Contains(_subject.Value, error.Message, StringComparison.Ordinal);
        Assert.Contains("v1", error.Message, StringComparison.Ordinal);
    }
}
