using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using Registry.Cases.Work;
using Registry.Functions.Staff;
using Registry.Functions.Tests.Staff;
using Registry.Functions.Tests.Support;
using Registry.Testing.Builders;

namespace Registry.Functions.Tests.Cases;

/// <summary>Drives a case from intake to executed over HTTP, and reads what the executor left behind.</summary>
internal static class CaseExecution
{
    public const string StoreSecret = "whsec_REVWLU9OTFkgc3RvcmUtaGVsc2lua2kgc2VjcmV0IDAgISE=";

    public static string Officer => StaffApp.Token(StaffRoles.PrivacyOfficer);

    /// <summary>A person registered by a store order (so the store is the source of their values); returns (subjectId, email).</summary>
    public static async Task<(string Subject, string Email)> StoreCustomerAsync(this RegistryApp app)
    {
        var order = OrderJson.Valid(channel: "store");
        var response = await app.PostOrderAsync(order, StoreSecret);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonObject>();
        return (answer!["subjectId"]!.GetValue<string>(), order["customer"]!["email"]!.GetValue<string>());
    }

    /// <summary>Opens a case from <paramref name="from"/>, links it to the subject, verifies it and posts the decision; returns the reference.</summary>
    public static async Task<string> DecideAsync(this RegistryApp app, string subject, string from, string body, object decision)
    {
        var reference = await app.OpenCaseAsync(from, $"<{Guid.NewGuid():N}@mail.example>", body);
        await Ok(app.SendAsync(HttpMethod.Post, $"/api/staff/cases/{reference}/subject", Officer, new { subjectId = subject, reason = "Same person" }));
        await Ok(app.SendAsync(HttpMethod.Post, $"/api/staff/cases/{reference}/verify", Officer, new { method = "signed_letter" }));
        await Ok(app.SendAsync(HttpMethod.Post, $"/api/staff/cases/{reference}/decision", Officer, decision));
        return reference;
    }

    public static async Task<JsonObject> WaitUntilClosedAsync(this RegistryApp app, string reference)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var view = (await (await app.SendAsync(HttpMethod.Get, $"/api/staff/cases/{reference}", Officer)).Content.ReadFromJsonAsync<JsonObject>())!;
            if (view["status"]!.GetValue<string>() is "completed" or "partially_completed")
            {
                return view;
            }

            if (waited.Elapsed > TimeSpan.FromSeconds(40))
            {
                var errors = app.Logs.GetSnapshot().Where(r => r.Level >= Microsoft.Extensions.Logging.LogLevel.Warning || r.Message.Contains("ExecuteCaseActions", StringComparison.Ordinal) || r.Message.Contains("case-actions", StringComparison.Ordinal)).Select(r => $"{r.Level} {r.Category}: {r.Message} {r.Exception?.GetType().Name} {r.Exception?.Message}");
                Assert.Fail($"Case {reference} is still {view["status"]}. Errors: {string.Join(" | ", errors)}");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>Puts the decision on case-actions again, as a redelivery would, and waits until the executor has taken it.</summary>
    public static async Task RedeliverAsync(this RegistryApp app, string reference, string subject, params string[] actions)
    {
        await app.Storage.GetRequiredService<ICaseActions>().SendAsync(
            new CaseActionMessage($"{reference}-decision", reference, subject, actions, "staff-oid-1", DateTimeOffset.UtcNow));
        var queue = app.Storage.GetRequiredService<QueueServiceClient>().GetQueueClient(app.Names.CaseActionsQueue);
        var waited = Stopwatch.StartNew();
        while ((await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount > 0)
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(40), "The redelivered decision was not taken.");
            await Task.Delay(200);
        }
    }

    public static async Task<List<JsonObject>> LettersAsync(this RegistryApp app)
    {
        var queue = app.Storage.GetRequiredService<QueueServiceClient>().GetQueueClient(app.Names.OutboundMailQueue);
        return await LetterSink.DeliveredAsync(app.LettersFolder, queue);
    }

    public static async Task<List<string>> AudienceAsync(this RegistryApp app, string purpose)
    {
        var target = $"/api/audiences/{purpose}?pageSize=500";
        var request = new HttpRequestMessage(HttpMethod.Get, target);
        foreach (var (name, value) in SignedHttp.Headers(SignedHttp.WebshopSecret, Encoding.UTF8.GetBytes(target), DateTimeOffset.UtcNow, null))
        {
            request.Headers.Add(name, value);
        }

        var page = (await (await app.Client.SendAsync(request)).Content.ReadFromJsonAsync<JsonObject>())!;
        return page["people"]!.AsArray().Select(p => p!["subjectId"]!.GetValue<string>()).ToList();
    }

    public static async Task<JsonObject> CaseAsync(this RegistryApp app, string reference) =>
        (await (await app.SendAsync(HttpMethod.Get, $"/api/staff/cases/{reference}", Officer)).Content.ReadFromJsonAsync<JsonObject>())!;

    public static async Task<JsonObject> SubjectDataAsync(this RegistryApp app, string subject) =>
        (await (await app.SendAsync(HttpMethod.Get, $"/api/staff/subjects/{subject}", Officer)).Content.ReadFromJsonAsync<JsonObject>())!;

    private static async Task Ok(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
