using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using Registry.Functions.Staff;
using Registry.Functions.Tests.Cases;
using Registry.Functions.Tests.Staff;
using Registry.Functions.Tests.Support;
using Registry.Retention;
using Registry.Retention.Purge;
using Registry.Testing.Azurite;

namespace Registry.Functions.Tests.Intake;

/// <summary>
/// Mail attachments: the connector leaves them unsealed under <c>intake-triage/mail/</c>; intake seals them under the case
/// the message opens and deletes the connector's copy; staff list and read them through audited endpoints; erasure and
/// the purge of the case file delete them.
/// </summary>
[Collection(AzuriteCollection.Name)]
public class MailAttachmentTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Attachment_IsSealedUnderTheCase_ListedAndReadableThroughAuditedStaffReads()
    {
        await using var app = await StaffApp.StartAsync(azurite.ConnectionString);
        var token = $"Kanerva{Unique()}";
        var content = Encoding.UTF8.GetBytes($"%PDF-1.4 Allekirjoitettu kirje, {token}, Lintukatu 5");
        var attachment = await app.PutMailAttachmentAsync($"kirje-{token}.pdf", "application/pdf; name=kirje.pdf", content);
        var elsewhere = new JsonObject { ["name"] = "x.pdf", ["contentType"] = "application/pdf", ["blobPath"] = $"{app.Names.AuditContainer}/days/x.jsonl" };
        var message = Message($"kanerva.{Unique()}@example.fi", new JsonArray(attachment, elsewhere));

        // The real queue trigger, as the connector's message arrives.
        await app.Storage.GetRequiredService<QueueServiceClient>().GetQueueClient(app.Names.SubjectRequestsQueue).SendMessageAsync(message.ToJsonString());
        var reference = await WaitForCaseAsync(app);

        var blobs = await app.BlobsAsync();
        Assert.DoesNotContain(blobs, b => b.Place == attachment["blobPath"]!.GetValue<string>());
        Assert.DoesNotContain(blobs, b => b.Text.Contains(token, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(blobs, b => b.Place.StartsWith($"{app.Names.TriageContainer}/attachments/{reference}/", StringComparison.Ordinal));

        var listed = await app.SendAsync(HttpMethod.Get, $"/api/staff/cases/{reference}/attachments", StaffApp.Token(StaffRoles.Reader));
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        Assert.True(listed.Headers.CacheControl?.NoStore, "the listing must not be cached");
        var only = Assert.Single((await listed.Content.ReadFromJsonAsync<JsonObject>())!["attachments"]!.AsArray())!;
        Assert.Equal($"kirje-{token}.pdf", only["name"]!.GetValue<string>());
        Assert.Equal("application/pdf", only["contentType"]!.GetValue<string>());
        Assert.Equal(content.Length, only["size"]!.GetValue<long>());
        var id = only["id"]!.GetValue<string>();

        var read = await app.SendAsync(HttpMethod.Get, $"/api/staff/cases/{reference}/attachments/{id}", StaffApp.Token(StaffRoles.Reader));
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(content, await read.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/octet-stream", read.Content.Headers.ContentType!.MediaType);
        Assert.True(read.Headers.CacheControl?.NoStore, "the attachment must not be cached");

        var other = await app.OpenCaseAsync($"other.{Unique()}@example.com", $"<{Guid.NewGuid():N}@mail.example>");
        var notFound = new[] { $"/api/staff/cases/{other}/attachments/{id}", $"/api/staff/cases/{reference}/attachments/0123456789abcdef-9", $"/api/staff/cases/{reference}/attachments/..%2F..%2Fx" };
        foreach (var path in notFound)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await app.SendAsync(HttpMethod.Get, path, StaffApp.Token(StaffRoles.Reader))).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.SendAsync(HttpMethod.Get, $"/api/staff/cases/{reference}/attachments/{id}", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.SendAsync(HttpMethod.Get, $"/api/staff/cases/{reference}/attachments", null)).StatusCode);
        var audit = await app.SendAsync(HttpMethod.Get, $"/api/staff/audit?day={DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}", StaffApp.Token(StaffRoles.PrivacyOfficer));
        var entries = (await audit.Content.ReadFromJsonAsync<JsonObject>())!["entries"]!.AsArray();
        Assert.Contains(entries, e => e!["action"]!.GetValue<string>() == "ListCaseAttachments" && e["caseReference"]!.GetValue<string>() == reference);
        Assert.Contains(entries, e => e!["action"]!.GetValue<string>() == "GetCaseAttachment" && e["caseReference"]!.GetValue<string>() == reference);
        Assert.DoesNotContain(app.Logs.GetSnapshot(), r => r.Message.Contains(token, StringComparison.OrdinalIgnoreCase));

        // A redelivery of the message stores nothing twice.
        await app.OpenCaseAsyncFrom(message);
        Assert.Single((await (await app.SendAsync(HttpMethod.Get, $"/api/staff/cases/{reference}/attachments", StaffApp.Token(StaffRoles.Reader))).Content.ReadFromJsonAsync<JsonObject>())!["attachments"]!.AsArray());
    }

    [Fact]
    public async Task Attachments_AreDeletedByTheErasureOfThePerson()
    {
        await using var app = await StaffApp.StartAsync(azurite.ConnectionString);
        var (subject, email) = await app.CustomerAsync();
        var token = $"Kanerva{Unique()}";
        var attachment = await app.PutMailAttachmentAsync($"passi-{token}.jpg", "image/jpeg", Encoding.UTF8.GetBytes($"JFIF {token}"));
        var earlier = await app.OpenCaseAsync(email, $"<{Guid.NewGuid():N}@mail.example>", "Lähettäkää kopio tiedoistani.", new JsonArray(attachment));
        Assert.Single(await AttachmentsAsync(app, earlier));

        var reference = await app.DecideAsync(subject, email, "Poistakaa kaikki tietoni.", new { actions = new[] { "erasure" } });
        await app.WaitUntilClosedAsync(reference);

        Assert.Empty(await AttachmentsAsync(app, earlier));
        Assert.DoesNotContain(await app.BlobsAsync(), b => b.Place.Contains("/attachments/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Attachments_AreDeletedByThePurgeOfTheCaseFile()
    {
        await using var app = await StaffApp.StartAsync(azurite.ConnectionString);
        var attachment = await app.PutMailAttachmentAsync("kirje.pdf", "application/pdf", Encoding.UTF8.GetBytes($"%PDF {Unique()}"));
        var reference = await app.OpenCaseAsync($"unknown.{Unique()}@example.com", $"<{Guid.NewGuid():N}@mail.example>", attachments: new JsonArray(attachment));
        Assert.Single(await AttachmentsAsync(app, reference));
        Assert.Equal(HttpStatusCode.OK, (await app.SendAsync(HttpMethod.Post, $"/api/staff/cases/{reference}/withdraw", CaseExecution.Officer, new { reason = "Withdrawn" })).StatusCode);

        var afterRetention = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(4);
        var purged = await app.Storage.GetServices<IPurgeRule>().Single(r => r.Kind == PurgeKinds.CaseFile)
            .ApplyAsync(new ScheduledItem(PurgeKinds.CaseFile, reference, afterRetention), new PurgeRun(afterRetention, DryRun: false));

        Assert.Equal(1, purged.Actions["case-file"]);
        Assert.DoesNotContain(await app.BlobsAsync(), b => b.Place.Contains($"/attachments/{reference}/", StringComparison.Ordinal));
    }

    private static async Task<List<JsonNode?>> AttachmentsAsync(RegistryApp app, string reference)
    {
        var response = await app.SendAsync(HttpMethod.Get, $"/api/staff/cases/{reference}/attachments", StaffApp.Token(StaffRoles.Reader));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["attachments"]!.AsArray().ToList();
    }

    private static async Task<string> WaitForCaseAsync(RegistryApp app)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var listed = await app.SendAsync(HttpMethod.Get, "/api/staff/cases", StaffApp.Token(StaffRoles.Reader));
            var cases = (await listed.Content.ReadFromJsonAsync<JsonObject>())!["cases"]!.AsArray();
            if (cases.FirstOrDefault(c => c!["acknowledged"]!.GetValue<bool>()) is { } opened)
            {
                return opened["reference"]!.GetValue<string>();
            }

            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), "The message opened no case.");
            await Task.Delay(200);
        }
    }

    private static JsonObject Message(string from, JsonArray attachments) => new()
    {
        ["messageId"] = $"<{Guid.NewGuid():N}@mail.example>",
        ["receivedAt"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
        ["channel"] = "email",
        ["from"] = from,
        ["subject"] = "Tarkastuspyyntö",
        ["body"] = "Pyydän saada tarkastaa tietoni. Liitteenä allekirjoitettu kirje.",
        ["attachments"] = attachments,
    };

    private static string Unique() => Guid.NewGuid().ToString("N")[..10];
}
