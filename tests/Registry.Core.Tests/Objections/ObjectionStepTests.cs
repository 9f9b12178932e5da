using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Registry.Cases;
using Registry.Clients;
using Registry.Contact;
using Registry.Core.Tests.Preferences;
using Registry.Execution;
using Registry.Letters;
using Registry.Objections;
using Registry.Preferences;
using Registry.Privacy;
using Registry.Subjects;

namespace Registry.Core.Tests.Objections;

public class ObjectionStepTests
{
    private static readonly SubjectId Subject = SubjectId.New();
    private readonly Mock<ISuppressionList> _suppression = new();
    private readonly Mock<IOutboundMail> _mail = new();
    private readonly InMemoryPreferenceStore _store = new() { Profile = WithEmail() };

    [Fact]
    public void Events_NoPurposesDecided_CoverEveryMarketingPurposeButNotPublication()
    {
        var events = ObjectionStep.Events(Case([]));

        Assert.Equal(MarketingPurposes.All, events.Select(e => e.Purpose));
        Assert.DoesNotContain(events, e => e.Purpose == ConsentPurpose.Publication);
        Assert.All(events, e => Assert.Equal(PreferenceState.Objected, e.State));
        Assert.All(events, e => Assert.Equal("subject_request", e.Provenance.Source));
        Assert.All(events, e => Assert.Equal("DSR-2026-0003", e.Evidence));
        Assert.Equal("case:DSR-2026-0003.direct_marketing", events[2].EventId);
    }

    [Fact]
    public async Task Run_ChosenPurposes_RecordsOnlyThoseAndSendsTheLetter()
    {
        await Step().RunAsync(Context([ConsentPurpose.MarketResearch]));

        Assert.Equal([ConsentPurpose.MarketResearch], _store.Current.Keys);
        _suppression.VerifyNoOtherCalls();
        _mail.Verify(m => m.SendAsync(It.Is<OutboundLetter>(l => l.LetterId == "DSR-2026-0003-objection-done" && l.Body.Contains("market and opinion research")), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Run_Twice_RecordsEachEventOnce()
    {
        await Step().RunAsync(Context([]));
        await Step().RunAsync(Context([]));

        Assert.Equal(MarketingPurposes.All.Count, _store.History.Count);
        _suppression.Verify(s => s.AddAsync("email-index", It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()), Times.AtLeastOnce);
    }

    [Fact]
    public async Task Run_ThePersonsOwnLaterConsent_StillDecidesAndTheSummarySaysSo()
    {
        await Step().RunAsync(Context([ConsentPurpose.MarketResearch]) with { });
        var later = new PreferenceEvent("webshop:later", ConsentPurpose.DirectMarketing, PreferenceState.Consented,
            new Provenance("preference_page", ClientId.Parse("webshop"), Received.AddDays(1), null), "doi:confirm-1") { Actor = PreferenceActor.Person };
        await Handler().HandleAsync(new RecordPreferencesCommand(Subject, [later]));

        var result = await Step().RunAsync(Context([ConsentPurpose.DirectMarketing]));

        Assert.Contains("a later consent decides: direct_marketing", result.Summary, StringComparison.Ordinal);
    }

    private static readonly DateTimeOffset Received = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private static SubjectCase Case(IReadOnlyList<ConsentPurpose> purposes) => new()
    {
        Reference = CaseReference.Create(2026, 3),
        Types = [RequestType.Objection],
        Language = CaseLanguage.En,
        Status = CaseStatus.InProgress,
        ReceivedAt = Received,
        DueOn = new DateOnly(2026, 12, 28),
        SubjectId = Subject,
        DecidedActions = [RequestType.Objection],
        ObjectionPurposes = purposes,
        Requester = new Requester { Email = "kanaria.canary@example.fi" },
    };

    private static StepContext Context(IReadOnlyList<ConsentPurpose> purposes) => new(Case(purposes), Subject, "d", "officer", Received.AddDays(2));

    private static CustomerProfile WithEmail() => CustomerProfile.Empty with
    {
        Email = new Sourced<EmailAddress>(EmailAddress.TryParse("kanaria.canary@example.fi", out var e) ? e : default, new Provenance("webshop", ClientId.Parse("webshop"), Received, null)),
    };

    private RecordPreferencesHandler Handler()
    {
        var blindIndex = new Mock<IBlindIndex>();
        blindIndex.Setup(b => b.ForEmailAsync(It.IsAny<EmailAddress>(), It.IsAny<CancellationToken>())).ReturnsAsync("email-index");
        return new RecordPreferencesHandler(_store, _suppression.Object, blindIndex.Object, new FakeTimeProvider(Received), NullLogger<RecordPreferencesHandler>.Instance);
    }

    private ObjectionStep Step() => new(Handler(), new CaseLetters(_mail.Object));
}
