namespace Registry.Clients.Signing;

/// <summary>
/// Remembers each client's <c>webhook-id</c>s for <see cref="WebhookVerifier.ReplayWindow"/>, the time in which a
/// captured signature still verifies: the first delivery of an id claims it, a replay finds the claim and gets the
/// first answer back. Only a digest of the request and an answer without personal data are kept.
/// </summary>
public interface IWebhookIdLedger
{
    /// <summary>Claims the id for the request with <paramref name="fingerprint"/> (insert-if-absent), or says what became of it.</summary>
    Task<WebhookIdClaim> ClaimAsync(ClientId client, string webhookId, string fingerprint, CancellationToken cancellationToken = default);

    /// <summary>Keeps <paramref name="answer"/> for replays; null keeps only that the id was answered (an audience page is not kept).</summary>
    Task CompleteAsync(WebhookIdTicket ticket, RememberedAnswer? answer, CancellationToken cancellationToken = default);

    /// <summary>Gives the id up after a failure nothing was acknowledged for, so the sender's retry is handled afresh.</summary>
    Task ReleaseAsync(WebhookIdTicket ticket, CancellationToken cancellationToken = default);
}

/// <summary>A claimed id; <paramref name="Version"/> is the claim's version, so a completion never overwrites a newer claim.</summary>
public sealed record WebhookIdTicket(ClientId Client, string WebhookId, string Version);

/// <summary>The first answer to an id: its status, the kind of body (<c>json</c> or <c>problem</c>) and the body as JSON.</summary>
public sealed record RememberedAnswer(int Status, string Kind, string Body);

/// <summary>What claiming an id found.</summary>
public abstract record WebhookIdClaim
{
    private WebhookIdClaim()
    {
    }

    /// <summary>The id is new (or its memory expired): handle the request.</summary>
    public sealed record Claimed(WebhookIdTicket Ticket) : WebhookIdClaim;

    /// <summary>The same request was answered before; <paramref name="Answer"/> is null when the answer was not kept.</summary>
    public sealed record Answered(RememberedAnswer? Answer) : WebhookIdClaim;

    /// <summary>The same request is being handled right now by another delivery.</summary>
    public sealed record InProgress : WebhookIdClaim;

    /// <summary>The id was used for a different request (another method, target or body).</summary>
    public sealed record OtherRequest : WebhookIdClaim;
}
