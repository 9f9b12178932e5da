using System.Globalization;
using System.Text;
using Registry.Clients.Signing;

namespace Registry.Testing.Builders;

/// <summary>Standard Webhooks headers for a body, signed with a client's secret.</summary>
public static class SignedHttp
{
    /// <summary>The development-only secret of the <c>webshop</c> client in local.settings.sample.json.</summary>
    public const string WebshopSecret = "whsec_REVWLU9OTFkgd2Vic2hvcCBzaWduaW5nIHNlY3JldCAwICEh";

    public static Dictionary<string, string> Headers(string secret, byte[] body, DateTimeOffset signedAt, string? webhookId = null)
    {
        WebhookSecret.TryDecode(secret, out var key);
        var id = webhookId ?? $"msg_{Guid.NewGuid():N}";
        var timestamp = signedAt.ToUnixTimeSeconds();
        return new Dictionary<string, string>
        {
            ["webhook-id"] = id,
            ["webhook-timestamp"] = timestamp.ToString(CultureInfo.InvariantCulture),
            ["webhook-signature"] = WebhookVerifier.Sign(key, id, timestamp, body),
        };
    }

    public static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);
}
