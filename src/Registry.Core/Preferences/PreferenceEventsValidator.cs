using System.Globalization;
using System.Text.RegularExpressions;
using Registry.Clients;
using Registry.Orders.Ingest;
using Registry.Serialization;
using Registry.Subjects;
using Registry.Validation;

namespace Registry.Preferences;

/// <summary>
/// Applies the rules of a preference batch and names each broken one by its field path. Event ids are
/// prefixed with the client, so two clients can never collide on an id nor ignore each other's events.
/// </summary>
public sealed partial class PreferenceEventsValidator(IngestionLimits limits, TimeProvider time)
{
    /// <summary>At most this many events per request: with one current row per purpose they fit one entity-group transaction (100).</summary>
    public const int MaxEvents = 50;

    private static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly string[] Rfc3339 = ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    private static readonly PreferenceChannel[] ClientChannels =
    [
        PreferenceChannel.Webshop, PreferenceChannel.Store, PreferenceChannel.Reseller,
        PreferenceChannel.PreferencePage, PreferenceChannel.Email, PreferenceChannel.CustomerService,
    ];

    /// <summary>
    /// The channels through which the person can act themselves: their own preference page and a double opt-in
    /// mail. A checkout, a till or customer service records the client's act, whatever the client claims.
    /// </summary>
    private static readonly PreferenceChannel[] PersonChannels = [PreferenceChannel.PreferencePage, PreferenceChannel.Email];

    public Validated<IReadOnlyList<PreferenceEvent>> Validate(ClientId client, IReadOnlyList<PreferenceEventSubmission?>? submitted, FieldErrors errors)
    {
        if (submitted is null || submitted.Count == 0)
        {
            errors.Add("events", "is required: a list of 1-50 events.");
        }
        else if (submitted.Count > MaxEvents)
        {
            errors.Add("events", $"must have at most {MaxEvents} events.");
        }

        var events = new List<PreferenceEvent>();
        for (var i = 0; submitted is not null && i < Math.Min(submitted.Count, MaxEvents); i++)
        {
            if (Event(client, submitted[i], $"events[{i}]", errors) is { } @event)
            {
                if (events.Any(e => e.EventId == @event.EventId))
                {
                    errors.Add($"events[{i}].eventId", "appears more than once.");
                    continue;
                }

                events.Add(@event);
            }
        }

        return errors.Any ? Validated<IReadOnlyList<PreferenceEvent>>.Invalid(errors.All) : Validated<IReadOnlyList<PreferenceEvent>>.Valid(events);
    }

    private PreferenceEvent? Event(ClientId client, PreferenceEventSubmission? item, string field, FieldErrors errors)
    {
        var before = errors.All.Count;
        if (item?.EventId is not { } id || !EventIdPattern().IsMatch(id))
        {
            errors.Add($"{field}.eventId", "is required: 1-64 letters, digits or . _ : - starting with a letter or digit.");
        }

        if (!WireName<ConsentPurpose>.TryParse(item?.Purpose, out var purpose))
        {
            errors.Add($"{field}.purpose", $"must be one of {string.Join(", ", WireName<ConsentPurpose>.All)}.");
        }

        if (!WireName<PreferenceState>.TryParse(item?.State, out var state))
        {
            errors.Add($"{field}.state", "must be consented or objected.");
        }

        if (!WireName<PreferenceChannel>.TryParse(item?.Channel, out var channel) || !ClientChannels.Contains(channel))
        {
            errors.Add($"{field}.channel", $"must be one of {string.Join(", ", ClientChannels.Select(WireName<PreferenceChannel>.Of))}.");
        }

        var occurredAt = OccurredAt(item?.OccurredAt, $"{field}.occurredAt", errors);
        var evidence = errors.Optional($"{field}.evidence", item?.Evidence, 200);
        var actor = Actor(item, channel, evidence, field, errors);
        if (errors.All.Count > before)
        {
            return null;
        }

        var provenance = new Provenance(WireName<PreferenceChannel>.Of(channel), client, occurredAt!.Value, null);
        return new PreferenceEvent($"{client.Value}:{item!.EventId}", purpose, state, provenance, evidence) { Actor = actor };
    }

    /// <summary>
    /// <c>actor</c> is <c>client</c> unless sent as <c>person</c>: then only through the person's own channels and
    /// with the evidence of their act (the form submission id, the double opt-in confirmation), kept with the event.
    /// </summary>
    private static PreferenceActor Actor(PreferenceEventSubmission? item, PreferenceChannel channel, string? evidence, string field, FieldErrors errors)
    {
        if (item?.Actor is null)
        {
            return PreferenceActor.Client;
        }

        if (!WireName<PreferenceActor>.TryParse(item.Actor, out var actor))
        {
            errors.Add($"{field}.actor", "must be client or person.");
            return PreferenceActor.Client;
        }

        if (actor == PreferenceActor.Person && !PersonChannels.Contains(channel))
        {
            errors.Add($"{field}.actor", "may be person only for the channels preference_page and email: elsewhere the client records the choice.");
        }

        if (actor == PreferenceActor.Person && evidence is null)
        {
            errors.Add($"{field}.evidence", "is required when actor is person: the reference of the person's act (form submission id, double opt-in confirmation).");
        }

        return actor;
    }

    private DateTimeOffset? OccurredAt(string? text, string field, FieldErrors errors)
    {
        // RFC 3339 with a required offset, as placedAt: the order of events is decided by this instant.
        var iso = text?.ToUpperInvariant();
        var hasOffset = iso is not null && (iso.EndsWith('Z') || (iso.Length > 6 && iso[^6] is '+' or '-' && iso[^3] == ':'));
        if (!hasOffset || !DateTimeOffset.TryParseExact(iso, Rfc3339, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
        {
            errors.Add(field, "is required: an ISO 8601 date-time with an offset, e.g. 2026-11-24T10:15:00+02:00.");
            return null;
        }

        if (at < Earliest || at > time.GetUtcNow() + limits.FutureTolerance)
        {
            errors.Add(field, $"must not be later than the time the request is received (clock skew up to {limits.FutureTolerance.TotalMinutes:0} minutes) nor before the year 2000.");
            return null;
        }

        return at.ToUniversalTime();
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", LinearRegex.Options)]
    private static partial Regex EventIdPattern();
}
