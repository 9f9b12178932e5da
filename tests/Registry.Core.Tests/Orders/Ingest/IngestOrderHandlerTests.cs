using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Registry.Clients;
using Registry.Contact;
using Registry.Orders;
using Registry.Orders.Ingest;
using Registry.Orders.Storage;
using Registry.Preferences;
using Registry.Privacy;
using Registry.Retention;
using Registry.Subjects;

namespace Registry.Core.Tests.Orders.Ingest;

public class IngestOrderHandlerTests
{
    private static readonly ClientId Webshop = ClientId.Parse("webshop");

    private readonly Mock<ISubjectLookup> _lookup = new();
    private readonly Mock<IOrderClaims> _claims = new();
    private readonly Mock<ISubjectPartitions> _partitions = new();
    private readonly Mock<IRetentionSchedule> _schedule = new();
    private readonly Mock<ISuppressionList> _suppression = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));
    private readonly ValidatedOrder _order;

    public IngestOrderHandlerTests()
    {
        _claims.Setup(c => c.TryClaimAsync(It.IsAny<OrderClaim>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((OrderClaim c, CancellationToken _) => new ClaimResult(c with { ETag = "claim-v1" }, null));

        // Unless a test says otherwise, the person has no profile row, so a returning customer's order takes the reading path.
        _partitions.Setup(p => p.CommitBlindAsync(It.IsAny<BlindCommit>(), It.IsAny<CancellationToken>())).ReturnsAsync(CommitOutcome.Conflict);
        _order = new OrderValidator(new IngestionLimits(), new Registry.Retention.RetentionCalendar(new Registry.Retention.RetentionOptions()), _time).Validate(OrderSubmissions.Valid()).Value!;
        var blindIndex = new Mock<IBlindIndex>();
        blindIndex.Setup(b => b.ForEmailAsync(It.IsAny<EmailAddress>(), It.IsAny<CancellationToken>())).ReturnsAsync("email-index");
        blindIndex.Setup(b => b.ForOrderContentAsync(It.IsAny<ClientId>(), It.IsAny<ValidatedOrder>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((ClientId c, ValidatedOrder o, CancellationToken _) => Fingerprint(c, o));
        Handler = new IngestOrderHandler(_lookup.Object, _claims.Object, _partitions.Object, _schedule.Object, blindIndex.Object, _suppression.Object,
            new RetentionCalendar(new RetentionOptions()), new IngestionLimits(), Metrics(), _time, NullLogger<IngestOrderHandler>.Instance);
    }

    private IngestOrderHandler Handler { get; set; }

    [Fact]
    public async Task Handle_NewEmail_CreatesSubjectAndCommitsWithoutReadingIt()
    {
        _lookup.Setup(l => l.ClaimEmailAsync("email-index", It.IsAny<SubjectId>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string _, SubjectId candidate, CancellationToken _) => candidate);
        SubjectCommit? committed = null;
        _partitions.Setup(p => p.CommitOrderAsync(It.IsAny<SubjectCommit>(), It.IsAny<CancellationToken>()))
            .Callback((SubjectCommit c, CancellationToken _) => committed = c).ReturnsAsync(CommitOutcome.Committed);

        var outcome = await Handler.HandleAsync(new IngestOrderCommand(Webshop, _order));

        var created = Assert.IsType<IngestOrderOutcome.Created>(outcome);
        Assert.Equal(created.Subject, committed!.Subject);
        Assert.Null(committed.Profile!.ETag); // insert: fails if a concurrent order created the profile first
        Assert.Equal("maija", committed.Profile.Profile.FirstName!.Value[..5].ToLowerInvariant());
        _partitions.Verify(p => p.ReadForIngestionAsync(It.IsAny<SubjectId>(), It.IsAny<CancellationToken>()), Times.Never);
        _schedule.Verify(s => s.ScheduleSubjectReviewAsync(created.Subject, new DateOnly(2029, 11, 20), It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task Handle_SuppressedEmailOfANewPerson_RecordsTheEarlierObjectionToDirectMarketing()
    {
        var objectedAt = _time.GetUtcNow().AddYears(-2);
        _lookup.Setup(l => l.FindEmailAsync("email-index", It.IsAny<CancellationToken>())).ReturnsAsync(new EmailEntry(null, objectedAt));
        _lookup.Setup(l => l.ClaimEmailAsync("email-index", It.IsAny<SubjectId>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string _, SubjectId candidate, CancellationToken _) => candidate);
        SubjectCommit? committed = null;
        _partitions.Setup(p => p.CommitOrderAsync(It.IsAny<SubjectCommit>(), It.IsAny<CancellationToken>()))
            .Callback((SubjectCommit c, CancellationToken _) => committed = c).ReturnsAsync(CommitOutcome.Committed);

        await Handler.HandleAsync(new IngestOrderCommand(Webshop, _order with { Preferences = [] }));

        var current = committed!.Preferences.Single(p => p.BecomesCurrent && p.Event.Purpose == ConsentPurpose.DirectMarketing);
        Assert.Equal(PreferenceState.Objected, current.Event.State);
        Assert.Equal(objectedAt, current.Event.OccurredAt);
        Assert.Equal("suppression_list", current.Event.Provenance.Source);
    }

    [Fact]
    public async Task Handle_CheckoutObjectionToDirectMarketing_PutsTheEmailOnTheSuppressionListBeforeCommitting()
    {
        _lookup.Setup(l => l.ClaimEmailAsync("email-index", It.IsAny<SubjectId>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string _, SubjectId candidate, CancellationToken _) => candidate);
        var suppressedBeforeCommit = false;
        _suppression.Setup(s => s.AddAsync("email-index", _order.PlacedAt, It.IsAny<CancellationToken>())).Returns(Task.CompletedTask)
            .Callback(() => suppressedBeforeCommit = true);
        _partitions.Setup(p => p.CommitOrderAsync(It.IsAny<SubjectCommit>(), It.IsAny<CancellationToken>()))
            .Callback(() => Assert.True(suppressedBeforeCommit)).ReturnsAsync(CommitOutcome.Committed);
        var objection = new CheckoutPreference(ConsentPurpose.DirectMarketing, PreferenceState.Objected, "checkbox-v3");

        await Handler.HandleAsync(new IngestOrderCommand(Webshop, _order with { Preferences = [objection] }));

        _suppression.Verify(s => s.AddAsync("email-index", _order.PlacedAt, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Handle_SuppressedEmailWithALaterCheckoutConsent_KeepsBothAndTheExplicitConsentDecides()
    {
        _lookup.Setup(l => l.FindEmailAsync("email-index", It.IsAny<CancellationToken>())).ReturnsAsync(new EmailEntry(null, _order.PlacedAt.AddYears(-2)));
        _lookup.Setup(l => l.ClaimEmailAsync("email-index", It.IsAny<SubjectId>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string _, SubjectId candidate, CancellationToken _) => candidate);
        SubjectCommit? committed = null;
        _partitions.Setup(p => p.CommitOrderAsync(It.IsAny<SubjectCommit>(), It.IsAny<CancellationToken>()))
            .Callback((SubjectCommit c, CancellationToken _) => committed = c).ReturnsAsync(CommitOutcome.Committed);
        var consent = new CheckoutPreference(ConsentPurpose.DirectMarketing, PreferenceState.Consented, "checkbox-v3");

        await Handler.HandleAsync(new IngestOrderCommand(Webshop, _order with { Preferences = [consent] }));

        var marketing = committed!.Preferences.Where(p => p.Event.Purpose == ConsentPurpose.DirectMarketing).ToList();
        Assert.Equal(2, marketing.Count);
        Assert.Equal(PreferenceState.Consented, marketing.Single(p => p.BecomesCurrent).Event.State);
    }

    [Fact]
    public async Task Handle_KnownEmailWithAProfile_CommitsWithoutReadingThePartition()
    {
        var known = SubjectId.New();
        _lookup.Setup(l => l.FindEmailAsync("email-index", It.IsAny<CancellationToken>())).ReturnsAsync(new EmailEntry(known, null));
        _partitions.Setup(p => p.CommitBlindAsync(It.IsAny<BlindCommit>(), It.IsAny<CancellationToken>())).ReturnsAsync(CommitOutcome.Committed);

        var outcome = await Handler.HandleAsync(new IngestOrderCommand(Webshop, _order));

        var created = Assert.IsType<IngestOrderOutcome.Created>(outcome);
        Assert.Equal(known, created.Subject);
        _partitions.Verify(p => p.CommitBlindAsync(
            It.Is<BlindCommit>(c => c.Subject == known && c.Order.Ref == created.Order && c.Snapshot.LastActivityAt == _order.PlacedAt && c.Preferences.Count == _order.Preferences.Count),
            It.IsAny<CancellationToken>()));
        _partitions.Verify(p => p.ReadForIngestionAsync(It.IsAny<SubjectId>(), It.IsAny<CancellationToken>()), Times.Never);
        _partitions.Verify(p => p.CommitOrderAsync(It.IsAny<SubjectCommit>(), It.IsAny<CancellationToken>()), Times.Never);
        _schedule.Verify(s => s.ScheduleSubjectReviewAsync(It.IsAny<SubjectId>(), It.IsAny<DateOnly>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Handle_KnownEmailWhoseProfileIsGone_ReadsThePartitionAfterTheRefusedBlindCommit()
    {
        var known = SubjectId.New();
        _lookup.Setup(l => l.FindEmailAsync("email-index", It.IsAny<CancellationToken>())).ReturnsAsync(new EmailEntry(known, null));
        _partitions.Setup(p => p.CommitOrderAsync(It.IsAny<SubjectCommit>(), It.IsAny<CancellationToken>())).ReturnsAsync(CommitOutcome.Committed);

        Assert.IsType<IngestOrderOutcome.Created>(await Handler.HandleAsync(new IngestOrderCommand(Webshop, _order)));

        _partitions.Verify(p => p.CommitBlindAsync(It.IsAny<BlindCommit>(), It.IsAny<CancellationToken>()), Times.Once);
        _partitions.Verify(p => p.ReadForIngestionAsync(known, It.IsAny<CancellationToken>()), Times.Once);
        _partitions.Verify(p => p.CommitOrderAsync(It.Is<SubjectCommit>(c => c.Profile!.ETag == null), It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task Handle_LateOldOrderOfAKnownPerson_ReadsThePartitionAndSchedulesItsEarlierReview()
    {
        var known = SubjectId.New();
        var old = _order with { PlacedAt = new DateTimeOffset(2021, 3, 10, 12, 0, 0, TimeSpan.Zero) }; // Accounting Act period ends 31 Dec 2027
        var profile = CustomerProfile.Empty with { LastActivityAt = _time.GetUtcNow().AddDays(-1), NextReviewOn = new DateOnly(2029, 11, 23) };
        _lookup.Setup(l => l.FindEmailAsync("email-index", It.IsAny<CancellationToken>())).ReturnsAsync(new EmailEntry(known, null));
        _partitions.Setup(p => p.ReadForIngestionAsync(known, It.IsAny<CancellationToken>())).ReturnsAsync(SubjectRecord.New(known) with { Profile = profile, ProfileETag = "v1" });
        _partitions.Setup(p => p.CommitOrderAsync(It.IsAny<SubjectCommit>(), It.IsAny<CancellationToken>())).ReturnsAsync(CommitOutcome.Committed);

        Assert.IsType<IngestOrderOutcome.Created>(await Handler.HandleAsync(new IngestOrderCommand(Webshop, old)));

        _partitions.Verify(p => p.CommitBlindAsync(It.IsAny<BlindCommit>(), It.IsAny<CancellationToken>()), Times.Never);
        _schedule.Verify(s => s.ScheduleSubjectReviewAsync(known, new DateOnly(2028, 1, 1), It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task Handle_KnownEmail_MergesIntoThatSubject()
    {
        var known = SubjectId.New();
        _lookup.Setup(l => l.FindEmailAsync("email-index", It.IsAny<CancellationToken>())).ReturnsAsync(new EmailEntry(known, null));
        _partitions.Setup(p => p.ReadForIngestionAsync(known, It.IsAny<CancellationToken>())).ReturnsAsync(SubjectRecord.New(known) with { ProfileETag = "v1" });
        _partitions.Setup(p => p.CommitOrderAsync(It.IsAny<SubjectCommit>(), It.IsAny<CancellationToken>())).ReturnsAsync(CommitOutcome.Committed);

        var outcome = await Handler.HandleAsync(new IngestOrderCommand(Webshop, _order));

        Assert.Equal(known, Assert.IsType<IngestOrderOutcome.Created>(outcome).Subject);
        _partitions.Verify(p => p.CommitOrderAsync(It.Is<SubjectCommit>(c => c.Profile!.ETag == "v1"), It.IsAny<CancellationToken>()));
        _lookup.Verify(l => l.ClaimEmailAsync(It.IsAny<string>(), It.IsAny<SubjectId>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Handle_RetryOfStoredOrder_AnswersAsFirstTimeAndWritesNothing()
    {
        var earlier = await ExistingClaimAsync(sameContent: true, stored: true);

        var outcome = await Handler.HandleAsync(new IngestOrderCommand(Webshop, _order));

        Assert.Equal(new IngestOrderOutcome.AlreadyStored(earlier.Subject, earlier.OrderRef), outcome);
        _partitions.Verify(p => p.CommitOrderAsync(It.IsAny<SubjectCommit>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Handle_RetryAfterCrashBeforeCommit_CompletesUnderTheFirstReference()
    {
        var earlier = await ExistingClaimAsync(sameContent: true, stored: false);
        _partitions.Setup(p => p.CommitOrderAsync(It.IsAny<SubjectCommit>(), It.IsAny<CancellationToken>())).ReturnsAsync(CommitOutcome.Committed);

        var outcome = await Handler.HandleAsync(new IngestOrderCommand(Webshop, _order));

        Assert.Equal(new IngestOrderOutcome.Created(earlier.Subject, earlier.OrderRef), outcome);
        _partitions.Verify(p => p.CommitOrderAsync(It.Is<SubjectCommit>(c => c.Order.Ref == earlier.OrderRef), It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task Handle_SameIdDifferentContentAlreadyStored_Conflicts()
    {
        await ExistingClaimAsync(sameContent: false, stored: true);

        Assert.IsType<IngestOrderOutcome.ConflictingOrder>(await Handler.HandleAsync(new IngestOrderCommand(Webshop, _order)));
        _partitions.Verify(p => p.CommitOrderAsync(It.IsAny<SubjectCommit>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Handle_SameIdDifferentContentStillInFlight_Conflicts()
    {
        await ExistingClaimAsync(sameContent: false, stored: false, claimedAgo: TimeSpan.FromMinutes(1));

        Assert.IsType<IngestOrderOutcome.ConflictingOrder>(await Handler.HandleAsync(new IngestOrderCommand(Webshop, _order)));
        _claims.Verify(c => c.TryTakeOverAsync(It.IsAny<OrderClaim>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Handle_SameIdDifferentContentAbandoned_TakesOverTheClaim()
    {
        await ExistingClaimAsync(sameContent: false, stored: false, claimedAgo: TimeSpan.FromMinutes(6));
        _claims.Setup(c => c.TryTakeOverAsync(It.IsAny<OrderClaim>(), "etag-1", It.IsAny<CancellationToken>())).ReturnsAsync((OrderClaim c, string _, CancellationToken _) => c with { ETag = "etag-2" });
        _partitions.Setup(p => p.CommitOrderAsync(It.IsAny<SubjectCommit>(), It.IsAny<CancellationToken>())).ReturnsAsync(CommitOutcome.Committed);

        Assert.IsType<IngestOrderOutcome.Created>(await Handler.HandleAsync(new IngestOrderCommand(Webshop, _order)));
    }

    [Fact]
    public async Task Handle_ConcurrentChange_ReadsAgainAndRetries()
    {
        Handler = WithSystemClock();
        _lookup.Setup(l => l.ClaimEmailAsync("email-index", It.IsAny<SubjectId>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string _, SubjectId candidate, CancellationToken _) => candidate);
        _partitions.Setup(p => p.ReadForIngestionAsync(It.IsAny<SubjectId>(), It.IsAny<CancellationToken>())).ReturnsAsync((SubjectId subject, CancellationToken _) => SubjectRecord.New(subject) with { ProfileETag = "v2" });
        _partitions.SetupSequence(p => p.CommitOrderAsync(It.IsAny<SubjectCommit>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(CommitOutcome.Conflict)
            .ReturnsAsync(CommitOutcome.Committed);

        Assert.IsType<IngestOrderOutcome.Created>(await Handler.HandleAsync(new IngestOrderCommand(Webshop, _order)));
        _partitions.Verify(p => p.CommitOrderAsync(It.Is<SubjectCommit>(c => c.Profile!.ETag == "v2"), It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task Handle_EndlessContention_GivesUpWithoutStoring()
    {
        Handler = WithSystemClock();
        _lookup.Setup(l => l.FindEmailAsync("email-index", It.IsAny<CancellationToken>())).ReturnsAsync(new EmailEntry(SubjectId.New(), null));
        _partitions.Setup(p => p.CommitOrderAsync(It.IsAny<SubjectCommit>(), It.IsAny<CancellationToken>())).ReturnsAsync(CommitOutcome.Conflict);

        Assert.IsType<IngestOrderOutcome.Contended>(await Handler.HandleAsync(new IngestOrderCommand(Webshop, _order)));
    }

    private async Task<OrderClaim> ExistingClaimAsync(bool sameContent, bool stored, TimeSpan? claimedAgo = null)
    {
        var subject = SubjectId.New();
        _lookup.Setup(l => l.FindEmailAsync("email-index", It.IsAny<CancellationToken>())).ReturnsAsync(new EmailEntry(subject, null));
        var hash = sameContent ? Fingerprint(Webshop, _order) : "other-content";
        var earlier = new OrderClaim(Webshop, _order.OrderId, subject, OrderRef.New(), hash, _time.GetUtcNow() - (claimedAgo ?? TimeSpan.FromSeconds(1)));
        _claims.Setup(c => c.TryClaimAsync(It.IsAny<OrderClaim>(), It.IsAny<CancellationToken>())).ReturnsAsync(new ClaimResult(null, new ExistingClaim(earlier, "etag-1")));
        _partitions.Setup(p => p.HasOrderAsync(subject, earlier.OrderRef, It.IsAny<CancellationToken>())).ReturnsAsync(stored);
        await Task.CompletedTask;
        return earlier;
    }

    private static string Fingerprint(ClientId client, ValidatedOrder order) => Convert.ToBase64String(OrderContentHash.Canonical(client, order));

    private IngestOrderHandler WithSystemClock()
    {
        var blindIndex = new Mock<IBlindIndex>();
        blindIndex.Setup(b => b.ForEmailAsync(It.IsAny<EmailAddress>(), It.IsAny<CancellationToken>())).ReturnsAsync("email-index");
        blindIndex.Setup(b => b.ForOrderContentAsync(It.IsAny<ClientId>(), It.IsAny<ValidatedOrder>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((ClientId c, ValidatedOrder o, CancellationToken _) => Fingerprint(c, o));
        return new IngestOrderHandler(_lookup.Object, _claims.Object, _partitions.Object, _schedule.Object, blindIndex.Object, _suppression.Object,
            new RetentionCalendar(new RetentionOptions()), new IngestionLimits(), Metrics(), TimeProvider.System, NullLogger<IngestOrderHandler>.Instance);
    }

    private static Registry.Telemetry.RegistryMetrics Metrics() =>
        new(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());
}
