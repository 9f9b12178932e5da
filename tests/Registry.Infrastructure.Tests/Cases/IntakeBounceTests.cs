using Registry.Cases;
using Registry.Intake;
using Registry.Testing.Azurite;

namespace Registry.Infrastructure.Tests.Cases;

[Collection(AzuriteCollection.Name)]
public class IntakeBounceTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Handle_BounceOfALetter_AttachesToItsCaseWithTheLetterIdAndOpensNoCase()
    {
        await using var registry = await IntakeHarness.StartAsync(azurite.ConnectionString);
        var opened = await registry.Intake().HandleAsync(IntakeHarness.Queued(IntakeHarness.Message()));
        var bounce = IntakeHarness.Message(
            messageId: "<ndr-1@mail.example>",
            subject: $"Undeliverable: Tietosuojapyyntönne on vastaanotettu ({opened.Reference.Value})",
            body: $"Delivery has failed to these recipients.\n\nOriginal message headers:\nMessage-ID: <{opened.Reference.Value}-acknowledgement@tailorframe.example>\n",
            from: "MAILER-DAEMON@mail.example.net");

        var outcome = await registry.Intake().HandleAsync(IntakeHarness.Queued(bounce, "q-2"));

        Assert.Equal(new IntakeOutcome.BounceAttached(opened.Reference), outcome);
        var entry = Assert.Single(await registry.Get<ICaseStore>().TimelineAsync(opened.Reference), e => e.Kind == CaseEventKind.LetterBounced);
        Assert.StartsWith($"{opened.Reference.Value}-acknowledgement came back undelivered.", entry.Detail, StringComparison.Ordinal);
        Assert.Single(await registry.Get<ICaseStore>().ListAsync(null, null));
    }

    [Fact]
    public async Task Handle_SamePersonQuotingTheReference_IsAReplyNotABounce()
    {
        await using var registry = await IntakeHarness.StartAsync(azurite.ConnectionString);
        var opened = await registry.Intake().HandleAsync(IntakeHarness.Queued(IntakeHarness.Message()));

        var outcome = await registry.Intake().HandleAsync(IntakeHarness.Queued(
            IntakeHarness.Message(messageId: "<r-1@mail.example>", subject: $"Re: {opened.Reference.Value}", body: "Lisätietoja."), "q-2"));

        Assert.IsType<IntakeOutcome.ReplyAttached>(outcome);
    }
}
