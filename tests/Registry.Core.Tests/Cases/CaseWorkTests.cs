using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Registry.Cases;
using Registry.Cases.Work;
using Registry.Clients;
using Registry.Letters;
using Registry.Orders.Storage;
using Registry.Privacy;
using Registry.Subjects;

namespace Registry.Core.Tests.Cases;

public class CaseWorkTests
{
    private readonly Mock<ICaseStore> _cases = new();
    private readonly Mock<IOutboundMail> _mail = new();
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task Extend_WithinTheFirstMonth_ExtendsToThreeMonthsAndQueuesTheNotice()
    {
        var opened = Given(CaseBuilder.Open() with { Status = CaseStatus.AwaitingVerification }, now: new DateTimeOffset(2026, 12, 20, 10, 0, 0, TimeSpan.Zero));

        var result = await Work().ExtendAsync(opened.Reference, "officer", "Three sales channels to search");

        var done = Assert.IsType<CaseWorkResult.Done>(result);
        Assert.Equal(new DateOnly(2027, 2, 24), done.Case.ExtendedTo); // 24 Nov 2026 + 3 months, a Wednesday
        _mail.Verify(m => m.SendAsync(It.Is<OutboundLetter>(l => l.Kind == LetterKind.ExtensionNotice && l.Body.Contains("24.2.2027") && l.Body.Contains("Three sales channels")), default), Times.Once);
    }

    [Fact]
    public async Task Extend_AfterTheFirstMonth_IsAConflictAndSendsNothing()
    {
        var opened = Given(CaseBuilder.Open(), now: new DateTimeOffset(2026, 12, 29, 10, 0, 0, TimeSpan.Zero)); // due 28 Dec

        var result = await Work().ExtendAsync(opened.Reference, "officer", "Too late");

        Assert.IsType<CaseWorkResult.Conflict>(result);
        _mail.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Extend_Twice_IsAConflict()
    {
        var opened = Given(CaseBuilder.Open() with { ExtendedTo = new DateOnly(2027, 2, 24) }, now: new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));

        Assert.IsType<CaseWorkResult.Conflict>(await Work().ExtendAsync(opened.Reference, "officer", "Again"));
    }

    [Fact]
    public async Task Extend_WithoutReasons_IsInvalidNamingTheField()
    {
        var opened = Given(CaseBuilder.Open(), now: new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));

        var result = Assert.IsType<CaseWorkResult.Invalid>(await Work().ExtendAsync(opened.Reference, "officer", " "));

        Assert.Equal("reasons", Assert.Single(result.Errors).Field);
    }

    private SubjectCase Given(SubjectCase subjectCase, DateTimeOffset now)
    {
        _time.SetUtcNow(now);
        _cases.Setup(c => c.GetAsync(subjectCase.Reference, default)).ReturnsAsync(new StoredCase(subjectCase, "v1"));
        _cases.Setup(c => c.UpdateAsync(It.IsAny<SubjectCase>(), "v1", It.IsAny<CaseEvent>(), default)).ReturnsAsync(true);
        return subjectCase;
    }

    private CaseWork Work() => new(
        _cases.Object,
        new CaseLetters(_mail.Object),
        Mock.Of<ICaseActions>(),
        new VerificationEvidence(Mock.Of<IBlindIndex>(), Mock.Of<ISubjectLookup>(), Mock.Of<IOrderClaims>(), Options.Create(new ClientDirectoryOptions())),
        Options.Create(new CaseOptions()),
        _time);
}
