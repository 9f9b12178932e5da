using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using Registry.Cases;
using Registry.Cases.Work;
using Registry.Execution;
using Registry.Infrastructure.Letters;
using Registry.Restrictions;
using Registry.Subjects;
using Registry.Testing.Azurite;
using Registry.Testing.Harness;

namespace Registry.Infrastructure.Tests.Cases;

/// <summary>
/// The registry harness with its restriction step wrapped in a <see cref="ControlledStep"/>, a decided restriction case
/// in progress, and the letters its execution queued.
/// </summary>
internal static class ExecutionHarness
{
    public static Task<RegistryHarness> StartAsync(string connectionString) =>
        RegistryHarness.StartAsync(
            connectionString,
            services =>
            {
                services.Remove(services.Single(d => d.ServiceType == typeof(ICaseActionStep) && d.ImplementationType == typeof(RestrictionStep)));
                services.AddSingleton(provider => new ControlledStep(ActivatorUtilities.CreateInstance<RestrictionStep>(provider)));
                services.AddSingleton<ICaseActionStep>(provider => provider.GetRequiredService<ControlledStep>());
            },
            new Dictionary<string, string?>
            {
                ["RegistryOutboundMailQueue"] = UniqueNames.Queue("mail"),
                ["RegistryCaseActionsQueue"] = UniqueNames.Queue("actions"),
            });

    /// <summary>A case the officer verified and decided (a restriction), as <c>case-actions</c> carries it.</summary>
    public static async Task<CaseActionMessage> DecidedAsync(this RegistryHarness registry)
    {
        var store = registry.Get<ICaseStore>();
        var reference = await store.NextReferenceAsync(2026);
        var subject = SubjectId.New();
        var decided = new SubjectCase
        {
            Reference = reference,
            Types = [RequestType.Restriction],
            Language = CaseLanguage.Fi,
            Status = CaseStatus.InProgress,
            ReceivedAt = RegistryHarness.DefaultNow.AddDays(-2),
            DueOn = new DateOnly(2026, 12, 22),
            SubjectId = subject,
            VerificationMethod = "signed_letter",
            DecidedActions = [RequestType.Restriction],
            Requester = new Requester { Email = "kanaria.canary@example.fi", Name = "Kanaria Canary" },
        };
        var opened = new CaseEvent { EventId = "opened", At = decided.ReceivedAt, Kind = CaseEventKind.Opened, Actor = "mailbox", StatusAfter = CaseStatus.Received };
        Assert.True(await store.CreateAsync(decided, opened));
        return new CaseActionMessage($"{reference.Value}-decision", reference.Value, subject.Value, ["restriction"], "officer", RegistryHarness.DefaultNow);
    }

    public static CaseActionExecutor Executor(this RegistryHarness registry) => registry.Get<CaseActionExecutor>();

    public static ControlledStep Step(this RegistryHarness registry) => registry.Get<ControlledStep>();

    public static async Task<IReadOnlyList<CaseEvent>> TimelineAsync(this RegistryHarness registry, CaseActionMessage message) =>
        await registry.Get<ICaseStore>().TimelineAsync(CaseReference.TryParse(message.CaseReference, out var reference) ? reference : throw new ArgumentException("Bad reference.", nameof(message)));

    /// <summary>The letter ids on <c>outbound-mail</c>, one per queued reference (a letter queued twice is there twice).</summary>
    public static async Task<List<string>> QueuedLetterIdsAsync(this RegistryHarness registry)
    {
        var queue = registry.Get<QueueServiceClient>().GetQueueClient(registry.Names.OutboundMailQueue);
        var peeked = await queue.PeekMessagesAsync(32);
        return peeked.Value.Select(m => QueueOutboundMail.Parse(m.Body).LetterId).ToList();
    }
}
