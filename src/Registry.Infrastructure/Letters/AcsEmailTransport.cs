using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Azure.Core;
using Microsoft.Extensions.Options;
using Registry.Letters;
using Registry.Letters.Delivery;
using Registry.Serialization;

namespace Registry.Infrastructure.Letters;

/// <summary>
/// Azure Communication Services Email over its REST API (api-version 2023-03-31; the SDK is not on our package source),
/// with the app's managed identity: no key or SMTP password to keep. The operation id is derived from the letter id, so
/// ACS knows a letter it already took: a repeat within its repeatability window (5 minutes) returns the first answer, and
/// <see cref="WasSentAsync"/> asks for the operation afterwards (docs/letters.md names the residual window).
/// </summary>
public sealed class AcsEmailTransport(HttpClient http, TokenCredential credential, IOptions<LetterTransportOptions> options) : ILetterTransport
{
    private const string ApiVersion = "2023-03-31";
    private static readonly string[] Scopes = ["https://communication.azure.com/.default"];

    public async Task<TransportResult> SendAsync(OutboundLetter letter, DateTimeOffset attemptStarted, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var operationId = OperationId(letter.LetterId).ToString();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(settings.AcsEndpoint!, $"emails:send?api-version={ApiVersion}"))
        {
            Content = JsonContent.Create(Body(letter, settings)),
        };
        request.Headers.Add("Operation-Id", operationId);
        request.Headers.Add("Repeatability-Request-Id", operationId);
        request.Headers.Add("Repeatability-First-Sent", attemptStarted.UtcDateTime.ToString("r", CultureInfo.InvariantCulture));
        await AuthorizeAsync(request, cancellationToken);
        using var response = await http.SendAsync(request, cancellationToken);
        return response.StatusCode switch
        {
            HttpStatusCode.Accepted or HttpStatusCode.OK => new TransportResult.Sent(operationId),
            HttpStatusCode.Conflict => new TransportResult.Transient("ACS 409: the first attempt is still in progress"),
            HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout or HttpStatusCode.PreconditionFailed => new TransportResult.Transient($"ACS {(int)response.StatusCode}"),
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => new TransportResult.Transient($"ACS {(int)response.StatusCode}: the app's identity may not send (role assignment?)"),
            >= HttpStatusCode.InternalServerError => new TransportResult.Transient($"ACS {(int)response.StatusCode}"),
            _ => new TransportResult.Permanent($"ACS {(int)response.StatusCode} {await ErrorCodeAsync(response, cancellationToken)}"),
        };
    }

    public async Task<bool> WasSentAsync(string letterId, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(
            HttpMethod.Get, new Uri(options.Value.AcsEndpoint!, $"emails/operations/{OperationId(letterId)}?api-version={ApiVersion}"));
        await AuthorizeAsync(request, cancellationToken);
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }

        response.EnsureSuccessStatusCode();
        var status = (await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))?["status"]?.GetValue<string>();
        return status is not ("Failed" or "Canceled");
    }

    /// <summary>A name-based UUID (RFC 9562 version 8) of the letter id: the same letter always has the same operation.</summary>
    public static Guid OperationId(string letterId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"registry-letter:{letterId}"));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }

    private static JsonObject Body(OutboundLetter letter, LetterTransportOptions settings) => new()
    {
        ["senderAddress"] = settings.From,
        ["content"] = new JsonObject { ["subject"] = letter.Subject, ["plainText"] = letter.Body },
        ["recipients"] = new JsonObject
        {
            ["to"] = new JsonArray(new JsonObject { ["address"] = letter.To ?? settings.ReplyTo, ["displayName"] = letter.ToName ?? string.Empty }),
        },
        ["replyTo"] = new JsonArray(new JsonObject { ["address"] = settings.ReplyTo }),
        ["headers"] = new JsonObject { [LetterMime.LetterIdHeader] = letter.LetterId, [LetterMime.KindHeader] = letter.Kind.ToWire() },
        ["userEngagementTrackingDisabled"] = true,
    };

    private async Task AuthorizeAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await credential.GetTokenAsync(new TokenRequestContext(Scopes), cancellationToken);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token.Token);
    }

    private static async Task<string> ErrorCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            // The error code only (e.g. "InvalidRecipient"): ACS's message may quote the address.
            return (await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))?["error"]?["code"]?.GetValue<string>() ?? "no error code";
        }
        catch (System.Text.Json.JsonException)
        {
            return "no error body";
        }
    }
}
