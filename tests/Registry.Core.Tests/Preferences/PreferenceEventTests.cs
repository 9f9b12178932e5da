using Registry.Clients;
using Registry.Preferences;
using Registry.Subjects;

namespace Registry.Core.Tests.Preferences;

public class PreferenceEventTests
{
    private static readonly DateTimeOffset T = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Supersedes_NoCurrentState_Wins() => Assert.True(Event(PreferenceState.Consented, T).Supersedes(null));

    [Fact]
    public void Supersedes_Later_Wins() =>
        Assert.True(Event(PreferenceState.Consented, T.AddSeconds(1)).Supersedes(Event(PreferenceState.Objected, T)));

    [Fact]
    public void Supersedes_EarlierArrivingLate_DoesNotWin() =>
        Assert.False(Event(PreferenceState.Objected, T.AddSeconds(-1)).Supersedes(Event(PreferenceState.Consented, T)));

    [Fact]
    public void Supersedes_SameInstant_ObjectionWins()
    {
        Assert.True(Event(PreferenceState.Objected, T).Supersedes(Event(PreferenceState.Consented, T)));
        Assert.False(Event(PreferenceState.Consented, T).Supersedes(Event(PreferenceState.Objected, T)));
    }

    private static PreferenceEvent Event(PreferenceState state, DateTimeOffset at) =>
        new($"e-{Guid.NewGuid():N}", ConsentPurpose.DirectMarketing, state, new Provenance("webshop", ClientId.Parse("webshop"), at, null), null);
}
