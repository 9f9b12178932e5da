using Moq;
using Registry.Cases;
using Registry.Execution;
using Registry.Letters;
using Registry.Restrictions;
using Registry.Subjects;

namespace Registry.Core.Tests.Restrictions;

public class RestrictionTests
{
    private static readonly SubjectId Subject = SubjectId.New();
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly Mock<ISubjectRestrictions> _restrictions = new();
    private readonly Mock<IOutboundMail> _mail = new();
    private readonly Mock<ICaseStore> _cases = new();

    [Fact]
    public async Task Step_MarksTheSubjectRestrictedByThisCaseAndTellsThePerson()
    {
        _restrictions.Setup(r => r.RestrictAsync(Subject, It.IsAny<Restriction>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((SubjectId _, Restriction r, CancellationToken _) => r);

        var result = await new RestrictionStep(_restrictions.Object, new CaseLetters(_mail.Object)).RunAsync(new StepContext(Case(), Subject, "d", "officer", Now));

        _restrictions.Verify(r => r.RestrictAsync(Subject, new Restriction(Now, "DSR-2026-0005"), It.IsAny<CancellationToken>()));
        _mail.Verify(m => m.SendAsync(It.Is<OutboundLetter>(l => l.LetterId == "DSR-2026-0005-restriction-done" && l.Kind == LetterKind.RestrictionDone), It.IsAny<CancellationToken>()));
        Assert.StartsWith("restricted since", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Step_AlreadyRestrictedByAnotherCase_KeepsThatMarker()
    {
        _restrictions.Setup(r => r.RestrictAsync(Subject, It.IsAny<Restriction>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new Restriction(Now.AddDays(-9), "DSR-2026-0001"));

        var result = await new RestrictionStep(_restrictions.Object, new CaseLetters(_mail.Object)).RunAsync(new StepContext(Case(), Subject, "d", "officer", Now));

        Assert.Contains("already restricted", result.Summary, StringComparison.Ordinal);
        Assert.Contains("DSR-2026-0001", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lift_FromACase_TellsThePersonBeforeRemovingTheMarker()
    {
        var order = new List<string>();
        _cases.Setup(c => c.GetAsync(It.IsAny<CaseReference>(), It.IsAny<CancellationToken>())).ReturnsAsync(new StoredCase(Case(), "v1"));
        _mail.Setup(m => m.SendAsync(It.IsAny<OutboundLetter>(), It.IsAny<CancellationToken>())).Callback((OutboundLetter l, CancellationToken _) => order.Add(l.LetterId));
        _restrictions.Setup(r => r.LiftAsync(Subject, It.IsAny<CancellationToken>())).Callback(() => order.Add("lift")).ReturnsAsync(true);

        var informed = await new LiftRestrictionHandler(_restrictions.Object, _cases.Object, new CaseLetters(_mail.Object))
            .LiftAsync(Subject, new Restriction(Now, "DSR-2026-0005"), "Accuracy verified against the population register");

        Assert.True(informed);
        Assert.Equal(["DSR-2026-0005-restriction-lifted", "lift"], order);
    }

    [Fact]
    public async Task Lift_NotFromACase_RemovesTheMarkerWithoutALetter()
    {
        var informed = await new LiftRestrictionHandler(_restrictions.Object, _cases.Object, new CaseLetters(_mail.Object)).LiftAsync(Subject, new Restriction(Now, null), "Set by mistake");

        Assert.False(informed);
        _mail.VerifyNoOtherCalls();
        _restrictions.Verify(r => r.LiftAsync(Subject, It.IsAny<CancellationToken>()), Times.Once);
    }

    private static SubjectCase Case() => new()
    {
        Reference = CaseReference.Create(2026, 5),
        Types = [RequestType.Restriction],
        Language = CaseLanguage.Fi,
        Status = CaseStatus.InProgress,
        ReceivedAt = Now.AddDays(-3),
        DueOn = new DateOnly(2027, 1, 4),
        SubjectId = Subject,
        Requester = new Requester { Email = "maija@example.fi", Name = "Maija" },
    };
}
