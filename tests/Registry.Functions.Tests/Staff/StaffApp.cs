using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Registry.Functions.Staff;
using Registry.Functions.Tests.Support;
using Registry.Intake;
using Registry.Testing.Builders;
using Registry.Testing.Harness;

namespace Registry.Functions.Tests.Staff;

/// <summary>The app (queues and containers of its own, as every RegistryApp), development tokens, and a case opened through intake.</summary>
internal static class StaffApp
{
    public const string Audience = "api://tailorframe-registry-dev";

    public static Task<RegistryApp> StartAsync(string connectionString) => RegistryApp.StartAsync(connectionString);

    public static string Token(string role, string audience = Audience, TimeSpan? age = null, string subject = "staff-oid-1") =>
        DevelopmentTokens.Create(
            Convert.FromBase64String(LocalSettings.Sample()["Registry:Staff:DevelopmentSigningKey"]!),
            audience, subject, "Pirjo Privacy", [role], DateTimeOffset.UtcNow - (age ?? TimeSpan.Zero), TimeSpan.FromHours(1));

    public static Task<HttpResponseMessage> SendAsync(this RegistryApp app, HttpMethod method, string path, string? token, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return app.Client.SendAsync(request);
    }

    /// <summary>Posts an order for a new person and returns (subjectId, email).</summary>
    public static async Task<(string Subject, string Email)> CustomerAsync(this RegistryApp app)
    {
        var order = OrderJson.Valid();
        var answer = await (await app.PostOrderAsync(order)).Content.ReadFromJsonAsync<JsonObject>();
        return (answer!["subjectId"]!.GetValue<string>(), order["customer"]!["email"]!.GetValue<string>());
    }

    /// <summary>Runs intake on a request from <paramref name="email"/> received now; returns the case reference.</summary>
    public static async Task<string> OpenCaseAsync(
        this RegistryApp app, string email, string messageId, string body = "Please send me a copy of all personal data you hold about me.", JsonArray? attachments = null)
    {
        var message = new JsonObject
        {
            ["messageId"] = messageId,
            ["receivedAt"] = DateTimeOffset.UtcNow.ToString("O"),
            ["channel"] = "email",
            ["from"] = email,
            ["fromName"] = "Kanaria Canary",
            ["subject"] = "Data request",
            ["body"] = body,
            ["attachments"] = attachments,
        };
        var outcome = await app.Storage.GetRequiredService<SubjectRequestIntake>()
            .HandleAsync(new QueuedMessage("subject-requests", messageId, DateTimeOffset.UtcNow, Encoding.UTF8.GetBytes(message.ToJsonString())));

        // Intake queued the acknowledgement; the worker's sender writes letter_sent on the timeline when it sends it.
        await app.LettersSentAsync();
        return outcome.Reference.Value;
    }

    /// <summary>
    /// Stores an attachment where the mailbox connector does (unsealed, <c>{triage}/mail/{run}/{id}</c>) and returns the
    /// message's attachment entry that points to it.
    /// </summary>
    public static async Task<JsonObject> PutMailAttachmentAsync(this RegistryApp app, string name, string contentType, byte[] content)
    {
        var path = $"mail/{Guid.NewGuid():N}/{Guid.NewGuid():N}";
        var container = app.Storage.GetRequiredService<Azure.Storage.Blobs.BlobServiceClient>().GetBlobContainerClient(app.Names.TriageContainer);
        await container.CreateIfNotExistsAsync();
        await container.GetBlobClient(path).UploadAsync(BinaryData.FromBytes(content));
        return new JsonObject { ["name"] = name, ["contentType"] = contentType, ["blobPath"] = $"{app.Names.TriageContainer}/{path}" };
    }

    /// <summary>Every blob of the account as (container/name, name and content as text): what a storage reader sees.</summary>
    public static async Task<List<(string Place, string Text)>> BlobsAsync(this RegistryApp app, string? container = null)
    {
        var service = app.Storage.GetRequiredService<Azure.Storage.Blobs.BlobServiceClient>();
        var found = new List<(string, string)>();
        await foreach (var item in service.GetBlobContainersAsync())
        {
            if (container is not null && item.Name != container)
            {
                continue;
            }

            var client = service.GetBlobContainerClient(item.Name);
            await foreach (var blob in client.GetBlobsAsync())
            {
                var content = (await client.GetBlobClient(blob.Name).DownloadContentAsync()).Value.Content.ToString();
                found.Add(($"{item.Name}/{blob.Name}", blob.Name + "\n" + content));
            }
        }

        return found;
    }

    /// <summary>A staff GET with an <c>X-Audit-Reason</c>.</summary>
    public static Task<HttpResponseMessage> GetWithReasonAsync(this RegistryApp app, string path, string token, string reason) =>
        app.SendWithReasonAsync(HttpMethod.Get, path, token, reason);

    /// <summary>A staff request with an <c>X-Audit-Reason</c>.</summary>
    public static Task<HttpResponseMessage> SendWithReasonAsync(this RegistryApp app, HttpMethod method, string path, string token, string reason, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("X-Audit-Reason", reason);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return app.Client.SendAsync(request);
    }

    /// <summary>Runs intake on <paramref name="message"/> (e.g. once more, as a redelivery would); returns the case reference.</summary>
    public static async Task<string> OpenCaseAsyncFrom(this RegistryApp app, JsonObject message)
    {
        var outcome = await app.Storage.GetRequiredService<SubjectRequestIntake>()
            .HandleAsync(new QueuedMessage("subject-requests", Guid.NewGuid().ToString(), DateTimeOffset.UtcNow, Encoding.UTF8.GetBytes(message.ToJsonString())));
        return outcome.Reference.Value;
    }

    /// <summary>Runs intake on a message that is not valid JSON; returns the triage case's reference.</summary>
    public static async Task<string> OpenTriageCaseAsync(this RegistryApp app, string raw, string queueMessageId)
    {
        var outcome = await app.Storage.GetRequiredService<SubjectRequestIntake>()
            .HandleAsync(new QueuedMessage("subject-requests", queueMessageId, DateTimeOffset.UtcNow, Encoding.UTF8.GetBytes(raw)));
        return outcome.Reference.Value;
    }
}
