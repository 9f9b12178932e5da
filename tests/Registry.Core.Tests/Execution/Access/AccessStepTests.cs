using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using Registry.Cases;
using Registry.Execution;
using Registry.Execution.Access;
using Registry.Letters;
using Registry.Privacy;
using Registry.Retention;
using Registry.Subjects;
using static Registry.Core.Tests.Execution.Access.AccessBuilders;

namespace Registry.Core.Tests.Execution.Access;

public class AccessStepTests
{
    private readonly Mock<ISubjectReader> _subjects = new();
    private readonly Mock<ICaseStore> _cases = new();
    private readonly Mock<IAccessPackageFiles> _files = new();
    private readonly Mock<IReadLinks> _links = new();
    private readonly Mock<IOutboundMail> _mail = new();
    private readonly Mock<IRetentionSchedule> _schedule = new();
    private readonly List<(string Name, byte[] Content, string Type)> _saved = [];
    private readonly List<OutboundLetter> _letters = [];

    public AccessStepTests()
    {
        _subjects.Setup(s => s.ReadAsync(Subject, It.IsAny<CancellationToken>())).ReturnsAsync(Data());
        _cases.Setup(c => c.ListBySubjectAsync(Subject, It.IsAny<CancellationToken>())).ReturnsAsync([Case()]);
        _cases.Setup(c => c.TimelineAsync(Case().Reference, It.IsAny<CancellationToken>())).ReturnsAsync(Timeline());
        _files.Setup(f => f.SaveAsync(It.IsAny<CaseReference>(), It.IsAny<string>(), It.IsAny<ReadOnlyMemory<byte>>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback((CaseReference r, string name, ReadOnlyMemory<byte> content, string type, CancellationToken _) => _saved.Add(($"{r.Value}/{name}", content.ToArray(), type)))
            .Returns(Task.CompletedTask);
        _links.Setup(l => l.CreateAsync(It.IsAny<CaseReference>(), It.IsAny<string>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((CaseReference r, string name, DateTimeOffset expires, CancellationToken _) => new ReadLink(new Uri($"https://st.example/exports/{r.Value}/{name}?sig=x"), expires));
        _mail.Setup(m => m.SendAsync(It.IsAny<OutboundLetter>(), It.IsAny<CancellationToken>())).Callback((OutboundLetter l, CancellationToken _) => _letters.Add(l)).Returns(Task.CompletedTask);
    }

    [Fact]
    public async Task Run_StoresBothFilesUnderTheCase_WithFixedNames()
    {
        var result = await Step().RunAsync(Context());

        Assert.IsType<StepResult.Done>(result);
        Assert.Equal(["DSR-2026-0042/access-package.json", "DSR-2026-0042/access-package.html"], _saved.Select(s => s.Name));
        Assert.StartsWith("application/json", _saved[0].Type, StringComparison.Ordinal);
        Assert.StartsWith("text/html", _saved[1].Type, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_LinksExpireInSevenDays_AndDeletionIsScheduledAfterThirty()
    {
        await Step().RunAsync(Context());

        _links.Verify(l => l.CreateAsync(Case().Reference, AccessStep.HtmlFile, Now.AddDays(7), It.IsAny<CancellationToken>()));
        _links.Verify(l => l.CreateAsync(Case().Reference, AccessStep.JsonFile, Now.AddDays(7), It.IsAny<CancellationToken>()));
        _schedule.Verify(s => s.ScheduleAsync(new ScheduledItem("export", "DSR-2026-0042", new DateOnly(2027, 1, 1)), It.IsAny<CancellationToken>()));
    }

    [Theory]
    [InlineData(CaseLanguage.Fi, "Linkit toimivat 9.12.2026 asti", "poistetaan 1.1.2027")]
    [InlineData(CaseLanguage.En, "The links work until 9 December 2026", "deleted on 1 January 2027")]
    [InlineData(CaseLanguage.Sv, "Länkarna fungerar till och med 9 december 2026", "raderas den 1 januari 2027")]
    public async Task Run_QueuesTheNoticeWithBothLinks_InTheCaseLanguage(CaseLanguage language, string until, string deleted)
    {
        await Step().RunAsync(Context(Case(language)));

        var letter = Assert.Single(_letters);
        Assert.Equal(("DSR-2026-0042-access-notice", LetterKind.AccessNotice), (letter.LetterId, letter.Kind));
        Assert.Contains("https://st.example/exports/DSR-2026-0042/access-package.html?sig=x", letter.Body, StringComparison.Ordinal);
        Assert.Contains("https://st.example/exports/DSR-2026-0042/access-package.json?sig=x", letter.Body, StringComparison.Ordinal);
        Assert.Contains(until, letter.Body, StringComparison.Ordinal);
        Assert.Contains(deleted, letter.Body, StringComparison.Ordinal);
        Assert.Contains("DSR-2026-0042", letter.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_VerifiedBySignedLetter_NoticeGoesToTheRegisteredAddressNotTheSender()
    {
        var result = await Step().RunAsync(Context());

        Assert.Equal("maija.meikalainen@example.fi", Assert.Single(_letters).To);
        Assert.EndsWith("to the registered address", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_VerifiedByRegisteredEmailAndOrder_NoticeGoesToTheRequester()
    {
        await Step().RunAsync(Context(Case() with { VerificationMethod = VerificationMethods.RegisteredEmailAndOrder }));

        Assert.Equal("maija@example.fi", Assert.Single(_letters).To);
    }

    [Fact]
    public async Task Run_NoRegisteredAddress_NoticeGoesToThePrivacyOfficerNotTheSender()
    {
        _subjects.Setup(s => s.ReadAsync(Subject, It.IsAny<CancellationToken>())).ReturnsAsync(Data() with { Profile = null });

        var result = await Step().RunAsync(Context());

        Assert.Equal(new CaseOptions().PrivacyOfficerMailbox, Assert.Single(_letters).To);
        Assert.Contains("the privacy officer", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_LinkedCaseSomeoneElseWrote_ShowsNoRequesterAndNoWords()
    {
        var theirs = Case() with
        {
            Reference = CaseReference.Create(2026, 7),
            Status = CaseStatus.AwaitingVerification,
            VerificationMethod = null,
            Requester = new Requester { Email = "naapuri@example.com", Name = "Naapuri Nosy", Body = "Tiedän missä hän asuu" },
        };
        var written = Case() with { Reference = CaseReference.Create(2026, 8), Status = CaseStatus.AwaitingVerification, VerificationMethod = null, Requester = new Requester { Email = "MAIJA.Meikalainen@example.fi", Body = "Oma viestini" } };
        _cases.Setup(c => c.ListBySubjectAsync(Subject, It.IsAny<CancellationToken>())).ReturnsAsync([theirs, written, Case()]);
        _cases.Setup(c => c.TimelineAsync(theirs.Reference, It.IsAny<CancellationToken>())).ReturnsAsync(
            [new CaseEvent { EventId = "n", At = Now, Kind = CaseEventKind.NoteAdded, Actor = "oid-1", Detail = "Soitti naapurista" }]);
        _cases.Setup(c => c.TimelineAsync(written.Reference, It.IsAny<CancellationToken>())).ReturnsAsync(Timeline());

        await Step().RunAsync(Context());

        var json = System.Text.Encoding.UTF8.GetString(_saved[0].Content);
        var html = System.Text.Encoding.UTF8.GetString(_saved[1].Content);
        foreach (var words in new[] { "naapuri@example.com", "Naapuri Nosy", "Tiedän missä", "Soitti naapurista" })
        {
            Assert.DoesNotContain(words, json, StringComparison.Ordinal);
            Assert.DoesNotContain(words, System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        }

        var listed = System.Text.Json.Nodes.JsonNode.Parse(json)!["cases"]!.AsArray();
        Assert.False(listed.Single(c => c!["reference"]!.GetValue<string>() == "DSR-2026-0007")!["own"]!.GetValue<bool>());
        Assert.True(listed.Single(c => c!["reference"]!.GetValue<string>() == "DSR-2026-0008")!["own"]!.GetValue<bool>());
        Assert.Contains("Oma viestini", json, StringComparison.Ordinal);
        Assert.Contains("note_added", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_SummaryHoldsIdentifiersOnly()
    {
        var result = await Step().RunAsync(Context());

        Assert.Contains("1 orders", result.Summary, StringComparison.Ordinal);
        foreach (var personal in new[] { "maija", "Meikäläinen", "Pariisinkatu", "+358", "sig=" })
        {
            Assert.DoesNotContain(personal, result.Summary, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Run_Twice_SameNamesSameLetterId()
    {
        await Step().RunAsync(Context());
        await Step().RunAsync(Context());

        Assert.Equal(2, _saved.Select(s => s.Name).Distinct().Count());
        Assert.Single(_letters.Select(l => l.LetterId).Distinct());
    }

    [Fact]
    public async Task Run_CaseNotListedForTheSubject_StillInThePackage()
    {
        _cases.Setup(c => c.ListBySubjectAsync(Subject, It.IsAny<CancellationToken>())).ReturnsAsync([]);

        await Step().RunAsync(Context());

        var json = System.Text.Json.Nodes.JsonNode.Parse(_saved[0].Content)!;
        Assert.Equal("DSR-2026-0042", json["cases"]![0]!["reference"]!.GetValue<string>());
    }

    private static StepContext Context(SubjectCase? subjectCase = null) => new(subjectCase ?? Case(), Subject, "DSR-2026-0042-decision", "oid-1234", Now);

    private AccessStep Step() => new(
        _subjects.Object, _cases.Object, Builder(), _files.Object, _links.Object, new CaseLetters(_mail.Object), _schedule.Object,
        Options.Create(RetentionSettings), new NoticeRecipient(BlindIndex(), Options.Create(new CaseOptions())), NullLogger<AccessStep>.Instance);

    private static HmacBlindIndex BlindIndex()
    {
        var secrets = new Mock<IRegistrySecrets>();
        secrets.Setup(s => s.GetBlindIndexRootKeyAsync(It.IsAny<CancellationToken>())).ReturnsAsync(new byte[32]);
        return new HmacBlindIndex(secrets.Object);
    }
}
