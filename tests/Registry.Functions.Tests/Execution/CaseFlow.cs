using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using Registry.Functions.Staff;
using Registry.Functions.Tests.Staff;
using Registry.Functions.Tests.Support;

namespace Registry.Functions.Tests.Execution;

/// <summary>A request taken from the mailbox to a decision over the staff API, then waited for until the executor closed it.</summary>
internal static class CaseFlow
{
    public static async Task<string> DecideAsync(RegistryApp app, string subject, string email, string body, object decision)
    {
        var officer = StaffApp.Token(StaffRoles.PrivacyOfficer);
        var reference = await app.OpenCaseAsync(email, $"<{Guid.NewGuid():N}@mail.example>", body);
        await Expect(app.SendAsync(HttpMethod.Post, $"/api/staff/cases/{reference}/subject", officer, new { subjectId = subject, reason = "matched by e-mail" }));
        await Expect(app.SendAsync(HttpMethod.Post, $"/api/staff/cases/{reference}/verify", officer, new { method = "signed_letter" }));
        await Expect(app.SendAsync(HttpMethod.Post, $"/api/staff/cases/{reference}/decision", officer, decision));
        return reference;
    }

    /// <summary>The case once the executor has moved it out of in-progress (the dev host polls <c>case-actions</c> itself).</summary>
    public static async Task<JsonObject> ExecutedAsync(RegistryApp app, string reference)
    {
        for (var attempt = 0; attempt < 150; attempt++)
        {
            var view = await CaseAsync(app, reference);
            if (view["status"]!.GetValue<string>() is not ("in_progress" or "verified"))
            {
                return view;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"Case {reference} was not executed within 30 s.");
    }

    public static async Task<JsonObject> CaseAsync(RegistryApp app, string reference)
    {
        var response = await app.SendAsync(HttpMethod.Get, $"/api/staff/cases/{reference}", StaffApp.Token(StaffRoles.Reader));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>Puts the decision back on <c>case-actions</c> as a redelivery would, and waits until the executor has taken it.</summary>
    public static async Task RedeliverAsync(RegistryApp app, string reference)
    {
        var queue = app.Services.GetRequiredService<QueueServiceClient>().GetQueueClient(app.Names.CaseActionsQueue);
        var message = new JsonObject
        {
            ["decisionId"] = $"{reference}-decision",
            ["caseReference"] = reference,
            ["subjectId"] = "sub_redelivered",
            ["actions"] = new JsonArray("erasure"),
            ["decidedBy"] = "staff-oid-1",
            ["decidedAt"] = DateTimeOffset.UtcNow,
        };
        await queue.SendMessageAsync(message.ToJsonString());
        for (var attempt = 0; attempt < 150 && (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount > 0; attempt++)
        {
            await Task.Delay(200);
        }

        await Task.Delay(500);
    }

    public static async Task<int> LettersAsync(RegistryApp app) =>
        (await app.Services.GetRequiredService<QueueServiceClient>().GetQueueClient(app.Names.OutboundMailQueue).GetPropertiesAsync()).Value.ApproximateMessagesCount;

    private static async Task Expect(Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
