using Azure.Data.Tables;
using Registry.Cases;
using Registry.Execution;
using Registry.Serialization;

namespace Registry.Infrastructure.Cases;

/// <summary>
/// Row <c>once|{eventId}</c> of a case partition. <c>recorded</c> (with the event's kind): the event with that id is on
/// the timeline. <c>claimed</c> (by an execution's token, since when): a step that will record it is being carried out.
/// Unlike the event row <c>event|{ticks}|{id}</c>, its key holds no time, so a second append or claim of one id conflicts
/// whenever it comes. It lies outside the timeline's <c>event|</c> range and holds identifiers only.
/// </summary>
internal static class EventMarkers
{
    private const string Claimed = "claimed";
    private const string Recorded = "recorded";

    public static string Row(string eventId) => $"once|{eventId}";

    public static TableEntity RecordedEntity(CaseReference reference, CaseEvent happened) => new(reference.Value, Row(happened.EventId))
    {
        ["State"] = Recorded,
        ["Kind"] = happened.Kind.ToWire(),
    };

    public static TableEntity ClaimedEntity(CaseReference reference, string eventId, string token, DateTimeOffset at) => new(reference.Value, Row(eventId))
    {
        ["State"] = Claimed,
        ["Token"] = token,
        ["ClaimedAt"] = at,
    };

    /// <summary>The step's record, or the claim an execution holds.</summary>
    public static StepClaim Read(TableEntity row) =>
        row.GetString("State") == Recorded
            ? new StepClaim.Recorded(WireName<CaseEventKind>.TryParse(row.GetString("Kind"), out var kind) ? kind : throw new InvalidDataException("Unknown stored CaseEventKind."))
            : new StepClaim.Held(row.GetDateTimeOffset("ClaimedAt") ?? throw new InvalidDataException("A step claim without its time."));

    public static bool IsClaimedBy(TableEntity row, string token) => row.GetString("State") == Claimed && row.GetString("Token") == token;
}
