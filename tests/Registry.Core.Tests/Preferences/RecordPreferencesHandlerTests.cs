using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Registry.Clients;
using Registry.Contact;
using Registry.Preferences;
using Registry.Privacy;
using Registry.Subjects;
using static Registry.Core.Tests.Preferences.PreferenceEvents;

namespace Registry.Core.Tests.Preferences;

public class RecordPreferencesHandlerTests
{
    private readonly Mock<ISuppressionList> _suppression = new();
    private readonly Mock<IBlindIndex> _blindIndex = new();

    public RecordPreferencesHandlerTests() =>
        _blindIndex.Setup(b => b.ForEmailAsync(It.IsAny<EmailAddress>(), It.IsAny<CancellationToken>())).ReturnsAsync("email-index");

    [Fact]
    public async Task Handle_ObjectionToDirectMarketing_PutsTheEmailOnTheSuppressionList()
    {
        var store = new InMemoryPreferenceStore { Profile = WithEmail() };

        await Handler(store).HandleAsync(new RecordPreferencesCommand(SubjectId.New(),
            [Event("a", ConsentPurpose.DirectMarketing, PreferenceState.Objected, T0), Event("b", ConsentPurpose.DirectMarketing, PreferenceState.Objected, T0.AddHours(1))]));

        _suppression.Verify(s => s.AddAsync("email-index", T0.AddHours(1), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Handle_ConsentOrOtherPurpose_LeavesTheSuppressionListAlone()
    {
        var store = new InMemoryPreferenceStore { Profile = WithEmail() };

        await Handler(store).HandleAsync(new RecordPreferencesCommand(SubjectId.New(),
            [Event("a", ConsentPurpose.DirectMarketing, PreferenceState.Consented, T0), Event("b", ConsentPurpose.Publication, PreferenceState.Objected, T0)]));

        _suppression.Verify(s => s.AddAsync(It.IsAny<string>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Handle_UnknownSubject_RecordsNothing()
    {
        var store = new Mock<IPreferenceStore>();

        var outcome = await Handler(store.Object).HandleAsync(new RecordPreferencesCommand(SubjectId.New(), [Event("a", ConsentPurpose.Publication, PreferenceState.Objected, T0)]));

        Assert.IsType<RecordPreferencesOutcome.UnknownSubject>(outcome);
        store.Verify(s => s.CommitAsync(It.IsAny<SubjectId>(), It.IsAny<IReadOnlyList<PreferenceWrite>>(), It.IsAny<IReadOnlyDictionary<ConsentPurpose, FoldedPreference>>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Handle_OlderEventArrivingLate_IsKeptInHistoryButDoesNotChangeTheState()
    {
        var store = new InMemoryPreferenceStore();
        var handler = Handler(store);
        await handler.HandleAsync(new RecordPreferencesCommand(SubjectId.New(), [Event("new", ConsentPurpose.MarketResearch, PreferenceState.Objected, T0)]));

        var outcome = await handler.HandleAsync(new RecordPreferencesCommand(SubjectId.New(), [Event("old", ConsentPurpose.MarketResearch, PreferenceState.Consented, T0.AddDays(-1))]));

        Assert.Equal("new", Assert.IsType<RecordPreferencesOutcome.Recorded>(outcome).Current[ConsentPurpose.MarketResearch].EventId);
        Assert.Equal(["new", "old"], store.History.Keys.Order());
    }

    private static CustomerProfile WithEmail() => CustomerProfile.Empty with
    {
        Email = new Sourced<EmailAddress>(Email("kanaria.canary@example.fi"), new Provenance("webshop", ClientId.Parse("webshop"), T0, null)),
    };

    private static EmailAddress Email(string text) => EmailAddress.TryParse(text, out var email) ? email : throw new FormatException();

    private RecordPreferencesHandler Handler(IPreferenceStore store) =>
        new(store, _suppression.Object, _blindIndex.Object, new FakeTimeProvider(T0), NullLogger<RecordPreferencesHandler>.Instance);
}
