using Registry.Cases;
using Registry.Intake;
using Registry.Testing.Azurite;

namespace Registry.Infrastructure.Tests.Cases;

[Collection(AzuriteCollection.Name)]
public class IntakeStorageTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Handle_ValidRequest_OpensOneCaseWithDeadlineAndQueuesOneAcknowledgement()
    {
        await using var registry = await IntakeHarness.StartAsync(azurite.ConnectionString);

        var outcome = await registry.Intake().HandleAsync(IntakeHarness.Queued(IntakeHarness.Message()));

        var opened = Assert.IsType<IntakeOutcome.Opened>(outcome);
        Assert.Equal("DSR-2026-0001", opened.Reference.Value);
        var stored = (await registry.Get<ICaseStore>().GetAsync(opened.Reference))!.Case;
        Assert.Equal([RequestType.Access], stored.Types);
        Assert.Equal(CaseLanguage.Fi, stored.Language);
        Assert.Equal(CaseStatus.AwaitingVerification, stored.Status);
        Assert.Equal(new DateOnly(2026, 12, 28), stored.DueOn); // 24 Dec → Thursday Christmas Eve → 25, 26, Sunday → Monday 28
        var letter = Assert.Single(await registry.LettersAsync());
        Assert.Equal("DSR-2026-0001-acknowledgement", letter["letterId"]!.GetValue<string>());
        Assert.Equal("fi", letter["language"]!.GetValue<string>());
        Assert.Contains("DSR-2026-0001", letter["subject"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("28.12.2026", letter["body"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handle_ObjectionFromTheRegisteredAddress_IsAppliedWithoutVerification()
    {
        await using var registry = await IntakeHarness.StartAsync(azurite.ConnectionString);
        Assert.True(Registry.Contact.EmailAddress.TryParse("kanaria.canary@example.fi", out var email));
        var subject = await registry.Get<Registry.Subjects.ISubjectLookup>().ClaimEmailAsync(
            await registry.Get<Registry.Privacy.IBlindIndex>().ForEmailAsync(email), Registry.Subjects.SubjectId.New());

        var outcome = await registry.Intake().HandleAsync(IntakeHarness.Queued(IntakeHarness.Message(subject: "Markkinointikielto", body: "Kiellän suoramarkkinoinnin.")));

        var stored = (await registry.Get<ICaseStore>().GetAsync(outcome.Reference))!.Case;
        Assert.Equal(subject, stored.SubjectId);
        Assert.Equal(CaseStatus.InProgress, stored.Status);
        Assert.Equal([RequestType.Objection], stored.DecidedActions);
        var queue = registry.Get<Azure.Storage.Queues.QueueServiceClient>().GetQueueClient(registry.Names.CaseActionsQueue);
        var decision = System.Text.Json.Nodes.JsonNode.Parse(Assert.Single((await queue.PeekMessagesAsync(5)).Value).Body.ToString())!;
        Assert.Equal(subject.Value, decision["subjectId"]!.GetValue<string>());
        Assert.Contains("lisäselvitystä ei tarvita", Assert.Single(await registry.LettersAsync())["body"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handle_ObjectionFromAnUnknownAddress_AwaitsVerification()
    {
        await using var registry = await IntakeHarness.StartAsync(azurite.ConnectionString);

        var outcome = await registry.Intake().HandleAsync(IntakeHarness.Queued(IntakeHarness.Message(subject: "Markkinointikielto", body: "Kiellän suoramarkkinoinnin.")));

        Assert.Equal(CaseStatus.AwaitingVerification, (await registry.Get<ICaseStore>().GetAsync(outcome.Reference))!.Case.Status);
    }

    [Fact]
    public async Task Handle_SameMessageIdTwice_OneCaseOneLetter()
    {
        await using var registry = await IntakeHarness.StartAsync(azurite.ConnectionString);

        await registry.Intake().HandleAsync(IntakeHarness.Queued(IntakeHarness.Message(), "q-1"));
        await registry.Intake().HandleAsync(IntakeHarness.Queued(IntakeHarness.Message(), "q-2"));

        Assert.Single(await registry.ScanAsync(registry.Names.CasesTable), e => e.RowKey == "case");
        Assert.Single(await registry.LettersAsync());
    }

    [Fact]
    public async Task Handle_ReplyQuotingTheReference_AttachesToThatCase()
    {
        await using var registry = await IntakeHarness.StartAsync(azurite.ConnectionString);
        await registry.Intake().HandleAsync(IntakeHarness.Queued(IntakeHarness.Message()));

        var reply = IntakeHarness.Message(messageId: "<m2@mail.example>", subject: "Re: Tietosuojapyyntönne on vastaanotettu (DSR-2026-0001)", body: "Tilausnumeroni on WS-2026-1001.");
        var outcome = await registry.Intake().HandleAsync(IntakeHarness.Queued(reply, "q-2"));
        await registry.Intake().HandleAsync(IntakeHarness.Queued(reply, "q-2"));

        Assert.IsType<IntakeOutcome.ReplyAttached>(outcome);
        Assert.Single(await registry.ScanAsync(registry.Names.CasesTable), e => e.RowKey == "case");
        var timeline = await registry.Get<ICaseStore>().TimelineAsync(CaseReference.Create(2026, 1));
        Assert.Single(timeline, e => e.Kind == CaseEventKind.ReplyReceived);
    }

    [Fact]
    public async Task Handle_ReplyFromTheRequesterInOtherLetterCase_StillAttaches()
    {
        await using var registry = await IntakeHarness.StartAsync(azurite.ConnectionString);
        await registry.Intake().HandleAsync(IntakeHarness.Queued(IntakeHarness.Message()));

        var reply = IntakeHarness.Message(messageId: "<m2@mail.example>", subject: "Re: DSR-2026-0001", body: "Tässä tilausnumero.", from: "Kanaria.Canary@EXAMPLE.fi");
        var outcome = await registry.Intake().HandleAsync(IntakeHarness.Queued(reply, "q-2"));

        Assert.IsType<IntakeOutcome.ReplyAttached>(outcome);
    }

    [Fact]
    public async Task Handle_ReplyFromAnotherSender_OpensItsOwnCaseNamingTheQuotedReference()
    {
        await using var registry = await IntakeHarness.StartAsync(azurite.ConnectionString);
        await registry.Intake().HandleAsync(IntakeHarness.Queued(IntakeHarness.Message()));
        var quoted = CaseReference.Create(2026, 1);

        var reply = IntakeHarness.Message(messageId: "<m2@mail.example>", subject: "Re: Tietosuojapyyntönne on vastaanotettu (DSR-2026-0001)",
            body: "Lähettäkää tiedot tähän osoitteeseen.", from: "someone.else@example.com");
        var outcome = await registry.Intake().HandleAsync(IntakeHarness.Queued(reply, "q-2"));
        var again = await registry.Intake().HandleAsync(IntakeHarness.Queued(reply, "q-2"));

        var opened = Assert.IsType<IntakeOutcome.Opened>(outcome);
        Assert.NotEqual(quoted, opened.Reference);
        Assert.Equal(opened.Reference, again.Reference);
        Assert.DoesNotContain(await registry.Get<ICaseStore>().TimelineAsync(quoted), e => e.Kind == CaseEventKind.ReplyReceived);
        var own = (await registry.Get<ICaseStore>().GetAsync(opened.Reference))!.Case;
        Assert.Equal(quoted, own.QuotedReference);
        Assert.Equal("someone.else@example.com", own.Requester.Email);
        Assert.Equal(2, (await registry.ScanAsync(registry.Names.CasesTable)).Count(e => e.RowKey == "case"));
    }

    [Theory]
    [InlineData("this is not json")]
    [InlineData("{\"messageId\":\"m3\",\"channel\":\"fax\"}")]
    public async Task Handle_InvalidMessage_KeepsItWholeAndOpensATriageCase(string raw)
    {
        await using var registry = await IntakeHarness.StartAsync(azurite.ConnectionString);

        var outcome = await registry.Intake().HandleAsync(IntakeHarness.Queued(raw, "q-9"));
        await registry.Intake().HandleAsync(IntakeHarness.Queued(raw, "q-9"));

        var stored = (await registry.Get<ICaseStore>().GetAsync(Assert.IsType<IntakeOutcome.Invalid>(outcome).Reference))!.Case;
        Assert.Equal(TriageReason.InvalidMessage, stored.Triage);
        Assert.Equal("subject-requests/q-9", stored.OriginalBlob);
        var blob = await registry.Get<ITriageBlobs>().ReadAsync(stored.OriginalBlob!);
        Assert.Equal(raw, System.Text.Encoding.UTF8.GetString(blob!.Value.Span));
        Assert.Single(await registry.ScanAsync(registry.Names.CasesTable), e => e.RowKey == "case");
        Assert.Empty(await registry.LettersAsync());
    }

    [Fact]
    public async Task HandlePoison_AnyContent_OpensAPoisonTriageCase()
    {
        await using var registry = await IntakeHarness.StartAsync(azurite.ConnectionString);

        var outcome = await registry.Intake().HandlePoisonAsync(IntakeHarness.Queued(IntakeHarness.Message(), "p-1") with { Queue = "subject-requests-poison" });

        var stored = (await registry.Get<ICaseStore>().GetAsync(outcome.Reference))!.Case;
        Assert.Equal(TriageReason.Poison, stored.Triage);
        Assert.Equal("subject-requests-poison/p-1", stored.OriginalBlob);
    }

    [Fact]
    public async Task Handle_NoPersonalDataInKeysOrLogs()
    {
        await using var registry = await IntakeHarness.StartAsync(azurite.ConnectionString);

        await registry.Intake().HandleAsync(IntakeHarness.Queued(IntakeHarness.Message(messageId: "<kanaria.canary@example.fi>")));

        var keys = (await registry.ScanAsync(registry.Names.CasesTable)).SelectMany(e => new[] { e.PartitionKey, e.RowKey });
        Assert.DoesNotContain(keys, k => k.Contains("kanaria", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(registry.Logs.GetSnapshot(), r => r.Message.Contains("kanaria", StringComparison.OrdinalIgnoreCase)
            || r.Message.Contains("Canary", StringComparison.Ordinal));
    }
}
