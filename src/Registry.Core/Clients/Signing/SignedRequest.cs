namespace Registry.Clients.Signing;

/// <summary>The Standard Webhooks headers of a request and its raw body, exactly as received.</summary>
public sealed record SignedRequest(string? WebhookId, string? WebhookTimestamp, string? WebhookSignature, ReadOnlyMemory<byte> Body);

/// <summary>Why a signature was not accepted; said to the caller, never with any secret.</summary>
public enum SignatureFailure
{
    MissingHeaders,
    MalformedHeaders,
    TimestampOutsideTolerance,
    NoMatchingSignature,
}

/// <summary>The client whose secret signed the request, or why none did.</summary>
public sealed record SignatureCheck(ClientId? Client, SignatureFailure? Failure)
{
    public static SignatureCheck Accepted(ClientId client) => new(client, null);

    public static SignatureCheck Rejected(SignatureFailure failure) => new(null, failure);
}
