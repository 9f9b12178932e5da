using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using Registry.Infrastructure.Letters;
using Registry.Intake;
using Registry.Letters.Delivery;
using Registry.Testing.Azurite;
using Registry.Testing.Harness;

namespace Registry.Infrastructure.Tests.Cases;

/// <summary>The registry harness with queues and containers of its own, and mailbox messages to feed intake.</summary>
internal static class IntakeHarness
{
    public static Task<RegistryHarness> StartAsync(string connectionString) =>
        RegistryHarness.StartAsync(connectionString, settings: new Dictionary<string, string?>
        {
            ["RegistrySubjectRequestsQueue"] = UniqueNames.Queue("requests"),
            ["RegistryOutboundMailQueue"] = UniqueNames.Queue("mail"),
            ["RegistryCaseActionsQueue"] = UniqueNames.Queue("actions"),
            ["Registry:Storage:TriageContainer"] = UniqueNames.Queue("triage"),
            ["Registry:Storage:AuditContainer"] = UniqueNames.Queue("audit"),
        });

    public static JsonObject Message(string messageId = "<m1@mail.example>", string subject = "Tietopyyntö", string body = "Pyydän kopion kaikista tiedoistani.", string from = "kanaria.canary@example.fi") => new()
    {
        ["messageId"] = messageId,
        ["receivedAt"] = "2026-11-24T09:15:00+02:00",
        ["channel"] = "email",
        ["from"] = from,
        ["fromName"] = "Kanaria Canary",
        ["subject"] = subject,
        ["body"] = body,
        ["attachments"] = new JsonArray(),
    };

    public static QueuedMessage Queued(JsonObject message, string queueMessageId = "q-1") => Queued(message.ToJsonString(), queueMessageId);

    public static QueuedMessage Queued(string raw, string queueMessageId = "q-1") =>
        new("subject-requests", queueMessageId, new DateTimeOffset(2026, 11, 24, 7, 15, 0, TimeSpan.Zero), Encoding.UTF8.GetBytes(raw));

    public static async Task<List<JsonObject>> LettersAsync(this RegistryHarness registry)
    {
        var queue = registry.Get<QueueServiceClient>().GetQueueClient(registry.Names.OutboundMailQueue);
        var peeked = await queue.PeekMessagesAsync(32);
        var letters = new List<JsonObject>();
        foreach (var message in peeked.Value)
        {
            // The queue carries references only; the letter waits sealed in its case's partition.
            var stored = await registry.Get<ILetterStore>().GetAsync(QueueOutboundMail.Parse(message.Body));
            letters.Add(JsonSerializer.SerializeToNode(stored!.Letter, Registry.Infrastructure.Tables.StorageJson.Options)!.AsObject());
        }

        return letters;
    }

    public static SubjectRequestIntake Intake(this RegistryHarness registry) => registry.Services.GetRequiredService<SubjectRequestIntake>();
}
