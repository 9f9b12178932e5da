using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Registry.Privacy;

namespace Registry.Clients.Signing;

/// <summary>
/// Verifies a Standard Webhooks signature (design decision D6): <c>v1,</c> base64 of HMAC-SHA256 over
/// <c>"{webhook-id}.{webhook-timestamp}.{body}"</c>, a timestamp within ±5 minutes, constant-time compare.
/// Every configured client's live secrets are tried (two during rotation), so the secret that matches
/// identifies the caller and senders need no extra header. A replay inside the tolerance reaches handlers
/// that are idempotent on the content, and the <see cref="IWebhookIdLedger"/> answers it with the first answer.
/// </summary>
public sealed class WebhookVerifier(IOptions<ClientDirectoryOptions> clients, IRegistrySecrets secrets, TimeProvider time)
{
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long a signature verifies at most: a request signed at <c>t</c> is accepted from <c>t - 5 min</c> to
    /// <c>t + 5 min</c>, so its id must be remembered for twice the tolerance to refuse every replay of it.
    /// </summary>
    public static readonly TimeSpan ReplayWindow = 2 * Tolerance;

    public async Task<SignatureCheck> VerifyAsync(SignedRequest request, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(request.WebhookId) || string.IsNullOrEmpty(request.WebhookTimestamp) || string.IsNullOrEmpty(request.WebhookSignature))
        {
            return SignatureCheck.Rejected(SignatureFailure.MissingHeaders);
        }

        if (request.WebhookId.Length > 256 || !long.TryParse(request.WebhookTimestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return SignatureCheck.Rejected(SignatureFailure.MalformedHeaders);
        }

        var signedAt = DateTimeOffset.FromUnixTimeSeconds(Math.Min(seconds, 253402300799));
        if ((time.GetUtcNow() - signedAt).Duration() > Tolerance)
        {
            return SignatureCheck.Rejected(SignatureFailure.TimestampOutsideTolerance);
        }

        var offered = OfferedSignatures(request.WebhookSignature);
        if (offered.Count == 0)
        {
            return SignatureCheck.Rejected(SignatureFailure.MalformedHeaders);
        }

        var content = SignedContent(request);
        foreach (var id in clients.Value.Keys)
        {
            var client = ClientId.Parse(id);
            foreach (var secret in await secrets.GetSigningSecretsAsync(client, cancellationToken))
            {
                var expected = HMACSHA256.HashData(secret, content);
                if (offered.Any(signature => CryptographicOperations.FixedTimeEquals(signature, expected)))
                {
                    return SignatureCheck.Accepted(client);
                }
            }
        }

        return SignatureCheck.Rejected(SignatureFailure.NoMatchingSignature);
    }

    /// <summary>Computes the header value a sender puts in <c>webhook-signature</c>; used by tests, the sample and the benchmark.</summary>
    public static string Sign(byte[] secret, string webhookId, long timestamp, ReadOnlySpan<byte> body)
    {
        var content = SignedContent(new SignedRequest(webhookId, timestamp.ToString(CultureInfo.InvariantCulture), null, body.ToArray()));
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(secret, content));
    }

    private static byte[] SignedContent(SignedRequest request)
    {
        var prefix = Encoding.UTF8.GetBytes($"{request.WebhookId}.{request.WebhookTimestamp}.");
        var content = new byte[prefix.Length + request.Body.Length];
        prefix.CopyTo(content, 0);
        request.Body.Span.CopyTo(content.AsSpan(prefix.Length));
        return content;
    }

    private static List<byte[]> OfferedSignatures(string header)
    {
        var result = new List<byte[]>();
        foreach (var part in header.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var buffer = new byte[64];
            if (part.StartsWith("v1,", StringComparison.Ordinal) && Convert.TryFromBase64String(part[3..], buffer, out var written) && written == 32)
            {
                result.Add(buffer[..written]);
            }
        }

        return result;
    }
}
