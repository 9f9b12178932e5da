using Registry.Clients;
using Registry.Preferences;
using Registry.Subjects;

namespace Registry.Core.Tests.Preferences;

/// <summary>Builders for preference events in tests.</summary>
internal static class PreferenceEvents
{
    public static readonly DateTimeOffset T0 = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    public static PreferenceEvent Event(
        string id, ConsentPurpose purpose, PreferenceState state, DateTimeOffset at, string channel = "preference_page") =>
        new(id, purpose, state, new Provenance(channel, ClientId.Parse("webshop"), at, null), null);
}
