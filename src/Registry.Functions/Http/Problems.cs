using Registry.Clients.Signing;
using Registry.Validation;

namespace Registry.Functions.Http;

/// <summary>Every problem answer of the HTTP API, in one place.</summary>
public static class Problems
{
    public static ProblemResult Validation(IReadOnlyList<FieldError> errors) =>
        new(400, "The request is not valid.", "See errors for each field that failed; nothing was stored.", errors);

    public static ProblemResult Unauthorized(SignatureFailure failure) => new(401, "The request signature was not accepted.", failure switch
    {
        SignatureFailure.MissingHeaders => "Send webhook-id, webhook-timestamp and webhook-signature headers (Standard Webhooks).",
        SignatureFailure.MalformedHeaders => "webhook-timestamp must be Unix seconds and webhook-signature 'v1,<base64 HMAC-SHA256>'.",
        SignatureFailure.TimestampOutsideTolerance => "webhook-timestamp is more than 5 minutes from the server's time.",
        _ => "No configured client's secret produces this signature for this id, timestamp and body.",
    });

    public static ProblemResult ChannelNotAllowed() =>
        new(403, "This client may not post orders for this channel.", null, [new FieldError("channel", "is not one of this client's configured channels.")]);

    /// <summary>Default deny (docs/security.md): the grant is named so the client's operator knows what to ask for.</summary>
    public static ProblemResult NotGranted(string grant) =>
        new(403, "This client is not granted this operation.", $"Missing grant: {grant}. Nothing was recorded.");

    public static ProblemResult NotFound(string detail) => new(404, "Not found.", detail);

    // Remembered webhook-ids (docs/security.md#signed-requests-what-a-signature-binds-replays-and-objections-that-belong-to-the-person).
    public static ProblemResult WebhookIdReused() =>
        new(409, "Conflict.", "This webhook-id was already used for a different request (method, path or body); nothing was changed. Send each request with its own webhook-id.");

    public static ProblemResult ReplayNotRepeated() =>
        new(409, "Conflict.", "This webhook-id was already answered, and an audience page is not sent or recorded twice. Sign a new request with a new webhook-id.");

    public static ProblemResult WebhookIdInProgress() =>
        new(503, "The register is temporarily unavailable.", "A request with this webhook-id is still being handled; retry the same request.") { RetryAfterSeconds = 1 };

    public static ProblemResult Conflict(string detail) => new(409, "Conflict.", detail);

    public static ProblemResult PayloadTooLarge(int maxBytes) =>
        new(413, "The request body is too large.", $"The limit is {maxBytes} bytes.");

    public static ProblemResult UnsupportedMediaType() =>
        new(415, "Unsupported media type.", "Send the body as application/json.");

    public static ProblemResult Unavailable(string detail) =>
        new(503, "The register is temporarily unavailable.", detail) { RetryAfterSeconds = 5 };

    public static ProblemResult Unexpected() =>
        new(500, "An unexpected error occurred.", "It has been logged with the request's trace id; nothing was stored unless a retry says so.");

    // Staff API (issue 5).
    public static ProblemResult StaffUnauthorized() =>
        new(401, "A valid staff bearer token is required.", "Send 'Authorization: Bearer <token>' with an Entra ID access token for this API.");

    public static ProblemResult StaffForbidden(string role) => new(403, "Your role does not allow this.", $"This needs the app role {role}.");

    public static ProblemResult Validation(string field, string message) => Validation([new FieldError(field, message)]);
}
