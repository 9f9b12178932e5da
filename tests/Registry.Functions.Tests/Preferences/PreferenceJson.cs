using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Registry.Functions.Tests.Support;
using Registry.Testing.Builders;

namespace Registry.Functions.Tests.Preferences;

/// <summary>Preference request bodies and a registered person to send them for.</summary>
internal static class PreferenceJson
{
    public static JsonObject Event(string id, string purpose, string state, string occurredAt = "2026-11-21T09:00:00Z", string channel = "preference_page") => new()
    {
        ["eventId"] = id,
        ["purpose"] = purpose,
        ["state"] = state,
        ["occurredAt"] = occurredAt,
        ["channel"] = channel,
        ["evidence"] = "preference-page-v2",
    };

    public static JsonObject Batch(params JsonObject[] events) => new() { ["events"] = new JsonArray(events) };

    /// <summary>The batch for <c>PUT /api/subjects/{subject}/preferences</c>: the body names the person of the path.</summary>
    public static JsonObject Bound(JsonObject batch, string subject)
    {
        batch["subjectId"] = subject;
        return batch;
    }

    /// <summary>Posts an order for a new person and answers their subject id.</summary>
    public static async Task<string> RegisterAsync(RegistryApp app, string email)
    {
        var response = await app.PostOrderAsync(OrderJson.Valid(email: email));
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return body!["subjectId"]!.GetValue<string>();
    }

    public static string? StateOf(JsonObject answer, string purpose) =>
        answer["preferences"]!.AsArray().Single(p => p!["purpose"]!.GetValue<string>() == purpose)!["state"]!.GetValue<string>();
}
