using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using Registry.Contact;
using Registry.Execution;
using Registry.Letters;
using Registry.Preferences;
using Registry.Privacy;
using Registry.Privacy.Encryption;
using Registry.Recipients;
using Registry.Rectification;
using Registry.Subjects;
using static Registry.Core.Tests.Rectification.RectificationData;

namespace Registry.Core.Tests.Rectification;

public class RectificationStepTests
{
    private readonly Mock<ISubjectPartitions> _partitions = new();
    private readonly Mock<ISubjectReader> _reader = new();
    private readonly Mock<ISubjectLookup> _lookup = new();
    private readonly Mock<IBlindIndex> _blindIndex = new();
    private readonly Mock<IOutboundMail> _mail = new();
    private readonly List<string> _happened = [];
    private CustomerProfile _stored = Profile();

    public RectificationStepTests()
    {
        _partitions.Setup(p => p.ReadForIngestionAsync(Subject, It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => new SubjectRecord(_stored, "etag-1", new Dictionary<ConsentPurpose, CurrentPreference>(), Keyring.Empty(Subject)));
        _partitions.Setup(p => p.ReplaceProfileAsync(Subject, It.IsAny<Keyring>(), It.IsAny<ProfileWrite>(), It.IsAny<CancellationToken>()))
            .Callback((SubjectId _, Keyring _, ProfileWrite write, CancellationToken _) =>
            {
                _happened.Add("write");
                _stored = write.Profile;
            })
            .ReturnsAsync(CommitOutcome.Committed);
        _reader.Setup(r => r.ReadAsync(Subject, It.IsAny<CancellationToken>())).ReturnsAsync(new SubjectData(Subject, _stored, [], [])
        {
            Disclosures = [ToWebshop("email"), ToWebshop("email") with { Recipient = Registry.Clients.ClientId.Parse("reseller_demo") }],
        });
        _blindIndex.Setup(b => b.ForEmailAsync(It.IsAny<EmailAddress>(), It.IsAny<CancellationToken>())).ReturnsAsync((EmailAddress e, CancellationToken _) => $"idx:{e.Value}");
        _lookup.Setup(l => l.ClaimEmailAsync(It.IsAny<string>(), Subject, It.IsAny<CancellationToken>())).ReturnsAsync(Subject);
        _mail.Setup(m => m.SendAsync(It.IsAny<OutboundLetter>(), It.IsAny<CancellationToken>())).Callback((OutboundLetter l, CancellationToken _) => _happened.Add(l.LetterId));
    }

    [Fact]
    public async Task Run_NoticesSourceAndRecipientThenThePersonThenWritesTheProfile()
    {
        var result = await Step().RunAsync(Context());

        Assert.Equal(
            [$"{CaseRef.Value}-rectification-notice-store_helsinki", $"{CaseRef.Value}-rectification-notice-webshop", $"{CaseRef.Value}-rectification-done", "write"],
            _happened);
        Assert.Equal(ProvenanceSources.Rectification, _stored.Email!.Provenance.Source);
        Assert.Contains("reseller_demo", result.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("@", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_CorrectedEmail_MovesTheLookupFromTheWrongAddress()
    {
        await Step().RunAsync(Context());

        _lookup.Verify(l => l.ClaimEmailAsync("idx:maija.oikea@example.fi", Subject, It.IsAny<CancellationToken>()), Times.Once);
        _lookup.Verify(l => l.ReleaseEmailAsync("idx:maija.vaara@example.fi", Subject, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Run_Again_AfterTheWrite_SendsAndWritesNothing()
    {
        await Step().RunAsync(Context());
        _happened.Clear();

        var again = await Step().RunAsync(Context() with { Now = Now.AddMinutes(10) });

        Assert.Empty(_happened);
        Assert.Contains("corrected earlier: email", again.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ConcurrentChange_RereadsAndSendsEachLetterOnce()
    {
        _partitions.SetupSequence(p => p.ReplaceProfileAsync(Subject, It.IsAny<Keyring>(), It.IsAny<ProfileWrite>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(CommitOutcome.Conflict)
            .ReturnsAsync(CommitOutcome.Committed);

        await Step().RunAsync(Context());

        Assert.Equal(3, _happened.Distinct().Count());
        Assert.Equal(3, _happened.Count);
    }

    private static StepContext Context() => new(Case(Email()), Subject, $"{CaseRef.Value}-decision", "officer", Now);

    private RectificationStep Step() => new(
        _partitions.Object, _reader.Object, new RectifiedEmail(_lookup.Object, _blindIndex.Object, Mock.Of<ISuppressionList>()), _mail.Object, new CaseLetters(_mail.Object),
        Options.Create(new RecipientDirectoryOptions
        {
            ["webshop"] = new() { Email = "privacy@webshop.example", Name = "Web shop" },
            ["store_helsinki"] = new() { Email = "store@example", Name = "Store Helsinki", Language = "en" },
        }),
        NullLogger<RectificationStep>.Instance);
}
