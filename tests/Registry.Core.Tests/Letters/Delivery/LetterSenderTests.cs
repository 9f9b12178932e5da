using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Registry.Cases;
using Registry.Letters;
using Registry.Letters.Delivery;
using Registry.Telemetry;

namespace Registry.Core.Tests.Letters.Delivery;

public class LetterSenderTests
{
    private static readonly CaseReference Case = CaseReference.Create(2026, 7);
    private static readonly LetterReference Reference = new("DSR-2026-0007-acknowledgement", Case);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly Mock<ILetterStore> _store = new();
    private readonly Mock<ILetterTransport> _transport = new();
    private readonly Mock<ILetterQueue> _queue = new();
    private readonly IMeterFactory _meters = new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>();

    [Fact]
    public async Task SendAsync_QueuedLetter_ClaimsSendsAndRecordsSentWithTimelineEntry()
    {
        Stored(LetterState.Queued, attempts: 0);
        _store.Setup(s => s.ClaimAsync(Reference, "v1", 1, _time.GetUtcNow(), It.IsAny<CancellationToken>())).ReturnsAsync("v2");
        _transport.Setup(t => t.SendAsync(It.IsAny<OutboundLetter>(), _time.GetUtcNow(), It.IsAny<CancellationToken>())).ReturnsAsync(new TransportResult.Sent("op"));
        Records("v2", true);
        using var sent = new MetricCollector<long>(_meters, RegistryMetrics.MeterName, "registry.letters.sent");

        Assert.Equal(LetterDelivery.Sent, await Sender().SendAsync(Reference));

        _store.Verify(s => s.RecordAsync(Reference, "v2", It.Is<LetterOutcome>(o => o.State == LetterState.Sent && o.Attempts == 1),
            It.Is<CaseEvent>(e => e.Kind == CaseEventKind.LetterSent && e.Detail == Reference.LetterId), It.IsAny<CancellationToken>()));
        Assert.Equal(1, sent.LastMeasurement!.Value);
        Assert.Equal("acknowledgement", sent.LastMeasurement.Tags["kind"]);
    }

    [Theory]
    [InlineData(LetterState.Sent, LetterDelivery.AlreadySent)]
    [InlineData(LetterState.Failed, LetterDelivery.AlreadyFailed)]
    public async Task SendAsync_LetterAlreadyFinished_NeitherSendsNorRecords(LetterState state, LetterDelivery expected)
    {
        Stored(state, attempts: 1);

        Assert.Equal(expected, await Sender().SendAsync(Reference));

        _transport.VerifyNoOtherCalls();
        _store.Verify(s => s.ClaimAsync(It.IsAny<LetterReference>(), It.IsAny<string>(), It.IsAny<int>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task SendAsync_ClaimedWithinTheLease_LeavesItToTheClaimantAndLooksAgainLater()
    {
        Stored(LetterState.Sending, attempts: 1, since: _time.GetUtcNow().AddMinutes(-1));

        Assert.Equal(LetterDelivery.InFlight, await Sender().SendAsync(Reference));

        _transport.VerifyNoOtherCalls();
        _queue.Verify(q => q.RequeueAsync(Reference, TimeSpan.FromMinutes(5), It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task SendAsync_AnotherDeliveryClaimsFirst_DoesNotSend()
    {
        Stored(LetterState.Queued, attempts: 0);
        _store.Setup(s => s.ClaimAsync(Reference, "v1", 1, It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).ReturnsAsync((string?)null);

        Assert.Equal(LetterDelivery.InFlight, await Sender().SendAsync(Reference));

        _transport.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task SendAsync_StaleClaimTheMailSystemAlreadyTook_RecordsSentWithoutSendingAgain()
    {
        Stored(LetterState.Sending, attempts: 1, since: _time.GetUtcNow().AddMinutes(-6));
        _store.Setup(s => s.ClaimAsync(Reference, "v1", 2, It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).ReturnsAsync("v2");
        _transport.Setup(t => t.WasSentAsync(Reference.LetterId, It.IsAny<CancellationToken>())).ReturnsAsync(true);
        Records("v2", true);

        Assert.Equal(LetterDelivery.Sent, await Sender().SendAsync(Reference));

        _transport.Verify(t => t.SendAsync(It.IsAny<OutboundLetter>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()), Times.Never);
        _store.Verify(s => s.RecordAsync(Reference, "v2", It.Is<LetterOutcome>(o => o.State == LetterState.Sent),
            It.Is<CaseEvent>(e => e.Detail == $"{Reference.LetterId} (recorded after a restart)"), It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task SendAsync_StaleClaimTheMailSystemNeverTook_SendsAgain()
    {
        Stored(LetterState.Sending, attempts: 1, since: _time.GetUtcNow().AddMinutes(-6));
        _store.Setup(s => s.ClaimAsync(Reference, "v1", 2, It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).ReturnsAsync("v2");
        _transport.Setup(t => t.WasSentAsync(Reference.LetterId, It.IsAny<CancellationToken>())).ReturnsAsync(false);
        _transport.Setup(t => t.SendAsync(It.IsAny<OutboundLetter>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).ReturnsAsync(new TransportResult.Sent("op"));
        Records("v2", true);

        Assert.Equal(LetterDelivery.Sent, await Sender().SendAsync(Reference));

        _transport.Verify(t => t.SendAsync(It.IsAny<OutboundLetter>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task SendAsync_TransientFailure_CountsTheAttemptAndRequeuesWithBackoff()
    {
        Stored(LetterState.Queued, attempts: 2);
        _store.Setup(s => s.ClaimAsync(Reference, "v1", 3, It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).ReturnsAsync("v2");
        _transport.Setup(t => t.SendAsync(It.IsAny<OutboundLetter>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).ReturnsAsync(new TransportResult.Transient("ACS 503"));
        Records("v2", true);

        Assert.Equal(LetterDelivery.Retrying, await Sender().SendAsync(Reference));

        _store.Verify(s => s.RecordAsync(Reference, "v2", It.Is<LetterOutcome>(o => o.State == LetterState.Queued && o.Attempts == 3 && o.Reason == "ACS 503"),
            null, It.IsAny<CancellationToken>()));
        _queue.Verify(q => q.RequeueAsync(Reference, TimeSpan.FromMinutes(16), It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task SendAsync_TransientFailureOnTheLastAttempt_FailsAndRaisesItToTheOfficer()
    {
        Stored(LetterState.Queued, attempts: 5);
        _store.Setup(s => s.ClaimAsync(Reference, "v1", 6, It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).ReturnsAsync("v2");
        _transport.Setup(t => t.SendAsync(It.IsAny<OutboundLetter>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).ReturnsAsync(new TransportResult.Transient("ACS 503"));
        Records("v2", true);
        using var failed = new MetricCollector<long>(_meters, RegistryMetrics.MeterName, "registry.letters.failed");

        Assert.Equal(LetterDelivery.Failed, await Sender().SendAsync(Reference));

        _store.Verify(s => s.RecordAsync(Reference, "v2", It.Is<LetterOutcome>(o => o.State == LetterState.Failed && o.Attempts == 6),
            It.Is<CaseEvent>(e => e.Kind == CaseEventKind.LetterFailed && e.Detail!.Contains("gave up after 6 attempts", StringComparison.Ordinal)
                && e.Detail.Contains("Raised to the privacy officer", StringComparison.Ordinal)), It.IsAny<CancellationToken>()));
        _queue.VerifyNoOtherCalls();
        Assert.Equal(1, failed.LastMeasurement!.Value);
    }

    [Fact]
    public async Task SendAsync_PermanentFailure_FailsAtOnceWithTheReason()
    {
        Stored(LetterState.Queued, attempts: 0);
        _store.Setup(s => s.ClaimAsync(Reference, "v1", 1, It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).ReturnsAsync("v2");
        _transport.Setup(t => t.SendAsync(It.IsAny<OutboundLetter>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).ReturnsAsync(new TransportResult.Permanent("ACS 400 InvalidRecipient"));
        Records("v2", true);

        Assert.Equal(LetterDelivery.Failed, await Sender().SendAsync(Reference));

        _store.Verify(s => s.RecordAsync(Reference, "v2", It.Is<LetterOutcome>(o => o.State == LetterState.Failed && o.Reason == "ACS 400 InvalidRecipient"),
            It.Is<CaseEvent>(e => e.Kind == CaseEventKind.LetterFailed), It.IsAny<CancellationToken>()));
        _queue.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task SendAsync_ClaimLostBeforeRecording_ThrowsSoTheMessageIsRetried()
    {
        Stored(LetterState.Queued, attempts: 0);
        _store.Setup(s => s.ClaimAsync(Reference, "v1", 1, It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).ReturnsAsync("v2");
        _transport.Setup(t => t.SendAsync(It.IsAny<OutboundLetter>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).ReturnsAsync(new TransportResult.Sent("op"));
        Records("v2", false);

        await Assert.ThrowsAsync<InvalidOperationException>(() => Sender().SendAsync(Reference));
    }

    [Fact]
    public async Task SendAsync_LetterNoLongerStored_IsWithdrawnWithoutSending()
    {
        _store.Setup(s => s.GetAsync(Reference, It.IsAny<CancellationToken>())).ReturnsAsync((StoredLetter?)null);

        Assert.Equal(LetterDelivery.Withdrawn, await Sender().SendAsync(Reference));

        _transport.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task RaisePoisonAsync_UnsentLetter_RecordsItFailedOnTheCase()
    {
        Stored(LetterState.Sending, attempts: 1, since: _time.GetUtcNow().AddHours(-1));
        Records("v1", true);
        using var poison = new MetricCollector<long>(_meters, RegistryMetrics.MeterName, "registry.poison.messages");

        Assert.Equal(LetterDelivery.Failed, await Sender().RaisePoisonAsync(Reference));

        _store.Verify(s => s.RecordAsync(Reference, "v1", It.Is<LetterOutcome>(o => o.State == LetterState.Failed),
            It.Is<CaseEvent>(e => e.Kind == CaseEventKind.LetterFailed && e.Detail!.Contains("poison", StringComparison.Ordinal)), It.IsAny<CancellationToken>()));
        var counted = Assert.Single(poison.GetMeasurementSnapshot());
        Assert.Equal(1, counted.Value);
        Assert.Equal("outbound-mail-poison", counted.Tags["queue"]);
    }

    [Fact]
    public async Task RaisePoisonAsync_RedeliveredAfterTheFailureWasRecorded_IsNotCountedAgain()
    {
        Stored(LetterState.Failed, attempts: 5);
        using var poison = new MetricCollector<long>(_meters, RegistryMetrics.MeterName, "registry.poison.messages");
        using var failed = new MetricCollector<long>(_meters, RegistryMetrics.MeterName, "registry.letters.failed");

        Assert.Equal(LetterDelivery.AlreadyFailed, await Sender().RaisePoisonAsync(Reference));

        Assert.Empty(poison.GetMeasurementSnapshot());
        Assert.Empty(failed.GetMeasurementSnapshot());
    }

    private LetterSender Sender() => new(
        _store.Object, _transport.Object, _queue.Object, Options.Create(new LetterDeliveryOptions()), new RegistryMetrics(_meters), _time,
        NullLogger<LetterSender>.Instance);

    private void Stored(LetterState state, int attempts, DateTimeOffset? since = null) =>
        _store.Setup(s => s.GetAsync(Reference, It.IsAny<CancellationToken>())).ReturnsAsync(new StoredLetter(Letter(), state, attempts, since, "v1"));

    private void Records(string version, bool result) =>
        _store.Setup(s => s.RecordAsync(Reference, version, It.IsAny<LetterOutcome>(), It.IsAny<CaseEvent?>(), It.IsAny<CancellationToken>())).ReturnsAsync(result);

    private static OutboundLetter Letter() => new()
    {
        LetterId = Reference.LetterId,
        Kind = LetterKind.Acknowledgement,
        CaseReference = Case,
        Language = CaseLanguage.En,
        To = "someone@example.fi",
        Subject = "Your request DSR-2026-0007",
        Body = "We received your request.",
    };
}
