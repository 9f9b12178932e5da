using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Registry.Clients;
using Registry.Preferences;
using Registry.Serialization;
using Registry.Subjects;

namespace Registry.Unsubscribe;

/// <summary>
/// Mints one-click unsubscribe links for signed clients and records the objection a link carries (RFC 8058).
/// A link's event id is its link id, so using it twice records one objection.
/// </summary>
public sealed partial class UnsubscribeHandler(
    UnsubscribeTokenCodec codec, IPreferenceStore store, RecordPreferencesHandler preferences, IOptions<UnsubscribeOptions> options,
    TimeProvider time, ILogger<UnsubscribeHandler> logger)
{
    /// <summary>A link for <paramref name="subject"/>, or null when the register does not hold that subject.</summary>
    public async Task<UnsubscribeLink?> MintAsync(ClientId client, SubjectId subject, ConsentPurpose purpose, CancellationToken cancellationToken = default)
    {
        if (await store.ReadAsync(subject, cancellationToken) is null)
        {
            return null;
        }

        var expiresAt = DateTimeOffset.FromUnixTimeSeconds((time.GetUtcNow() + options.Value.LinkLifetime).ToUnixTimeSeconds());
        var linkId = UnsubscribeTokenCodec.NewLinkId();
        var token = await codec.SignAsync(new UnsubscribeToken(subject, purpose, client, expiresAt, linkId), cancellationToken);
        var url = $"{options.Value.BaseUrl.TrimEnd('/')}/api/unsubscribe?token={token}";
        LogMinted(logger, subject.Value, purpose, linkId, client.Value);
        return new UnsubscribeLink(url, linkId, expiresAt);
    }

    /// <summary>The token of a valid link, for the confirmation page; null for a forged, altered or expired one.</summary>
    public async Task<UnsubscribeToken?> CheckAsync(string? token, CancellationToken cancellationToken = default)
    {
        var (valid, failure) = await codec.VerifyAsync(token, cancellationToken);
        if (valid is null)
        {
            LogRefused(logger, failure!.Value);
        }

        return valid;
    }

    /// <summary>Records the link's objection now; null when the link is not valid or its subject is gone (nothing changes).</summary>
    public async Task<UnsubscribeToken?> UnsubscribeAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (await CheckAsync(token, cancellationToken) is not { } valid)
        {
            return null;
        }

        var provenance = new Provenance(PreferenceChannel.UnsubscribeLink.ToWire(), valid.Client, time.GetUtcNow(), valid.LinkId);
        var objection = new PreferenceEvent($"unsubscribe:{valid.LinkId}", valid.Purpose, PreferenceState.Objected, provenance, valid.LinkId);
        var outcome = await preferences.HandleAsync(new RecordPreferencesCommand(valid.Subject, [objection]), cancellationToken);
        return outcome switch
        {
            RecordPreferencesOutcome.Recorded => valid,
            RecordPreferencesOutcome.UnknownSubject => null,
            _ => throw new InvalidOperationException("The objection could not be recorded under concurrent changes; the person can use the link again."),
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Unsubscribe link {LinkId} minted for subject {SubjectId}, purpose {Purpose}, by client {ClientId}")]
    private static partial void LogMinted(ILogger logger, string subjectId, ConsentPurpose purpose, string linkId, string clientId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Unsubscribe link refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, TokenFailure reason);
}

/// <summary>A minted link: the URL to put in <c>List-Unsubscribe</c> and the e-mail footer.</summary>
public sealed record UnsubscribeLink(string Url, string LinkId, DateTimeOffset ExpiresAt);
