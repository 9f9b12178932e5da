using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Registry.Functions.Tests.Support;
using Registry.Testing.Builders;

namespace Registry.Functions.Tests.Clients;

/// <summary>The sample clients' development secrets and signed calls as a given client.</summary>
internal static class ClientHttp
{
    public const string ResellerSecret = "whsec_REVWLU9OTFkgcmVzZWxsZXItZGVtbyBzZWNyZXQgMCAhISE=";
    public const string StoreSecret = "whsec_REVWLU9OTFkgc3RvcmUtaGVsc2lua2kgc2VjcmV0IDAgISE=";

    public static Task<HttpResponseMessage> GetSignedAsync(this RegistryApp app, string target, string secret)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, target);
        foreach (var (name, value) in SignedHttp.Headers(secret, Encoding.UTF8.GetBytes(target), DateTimeOffset.UtcNow, null))
        {
            request.Headers.Add(name, value);
        }

        return app.Client.SendAsync(request);
    }

    /// <summary>Posts an order as the client with <paramref name="secret"/> and answers the person's subject id.</summary>
    public static async Task<string> OrderAsync(this RegistryApp app, string email, string secret, string channel, string? orderId = null, DateTimeOffset? placedAt = null)
    {
        var response = await app.PostOrderAsync(OrderJson.Valid(orderId: orderId, email: email, channel: channel, placedAt: placedAt), secret);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["subjectId"]!.GetValue<string>();
    }

    /// <summary>The <c>detail</c> of a problem answer.</summary>
    public static async Task<string> DetailAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>();

    /// <summary>Every row's key and version: a refusal must leave all of them as they were.</summary>
    public static async Task<List<string>> SnapshotAsync(this RegistryApp app, string table) =>
        [.. (await app.ScanAsync(table)).Select(r => $"{r.PartitionKey}/{r.RowKey}@{r.ETag}")];
}
