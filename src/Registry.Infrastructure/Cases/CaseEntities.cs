using System.Globalization;
using Azure.Data.Tables;
using Registry.Cases;
using Registry.Serialization;
using Registry.Subjects;
using Registry.Infrastructure.Tables;

namespace Registry.Infrastructure.Cases;

/// <summary>
/// The <c>Cases</c> table: one partition per case (PartitionKey = reference, so writes spread and a case
/// with its timeline is one entity-group transaction). Row <c>case</c> holds the state, rows
/// <c>event|{ticks}|{id}</c> the timeline. Everything personal (requester, message, free text) is in the one
/// property <see cref="Personal"/>, as JSON, so per-person encryption (D5) can wrap that property alone.
/// </summary>
internal static class CaseEntities
{
    public const string CaseRow = "case";
    public const string Personal = "Personal";

    public static TableEntity ToEntity(SubjectCase c) => new(c.Reference.Value, CaseRow)
    {
        ["Types"] = string.Join(',', c.Types.Select(t => t.ToWire())),
        ["Language"] = c.Language.ToWire(),
        ["Status"] = c.Status.ToWire(),
        ["ReceivedAt"] = c.ReceivedAt,
        ["DueOn"] = Day(c.DueOn),
        ["ExtendedTo"] = c.ExtendedTo is { } extended ? Day(extended) : null,
        ["Deadline"] = Day(c.Deadline),
        ["SubjectId"] = c.SubjectId?.Value,
        ["Triage"] = c.Triage?.ToWire(),
        ["OriginalBlob"] = c.OriginalBlob,
        ["VerificationMethod"] = c.VerificationMethod,
        ["DecidedActions"] = string.Join(',', c.DecidedActions.Select(t => t.ToWire())),
        ["Acknowledged"] = c.Acknowledged,
        [Personal] = StorageJson.Write(c.Requester),
    };

    public static SubjectCase FromEntity(TableEntity e) => new()
    {
        Reference = CaseReference.TryParse(e.PartitionKey, out var reference) ? reference : throw new InvalidDataException("Bad case key."),
        Types = Enums<RequestType>(e.GetString("Types")),
        Language = Enum<CaseLanguage>(e.GetString("Language")),
        Status = Enum<CaseStatus>(e.GetString("Status")),
        ReceivedAt = e.GetDateTimeOffset("ReceivedAt")!.Value,
        DueOn = DateOnly.ParseExact(e.GetString("DueOn"), "yyyy-MM-dd", CultureInfo.InvariantCulture),
        ExtendedTo = e.GetString("ExtendedTo") is { } extended ? DateOnly.ParseExact(extended, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        SubjectId = e.GetString("SubjectId") is { } subject ? SubjectId.Parse(subject) : null,
        Triage = e.GetString("Triage") is { } triage ? Enum<TriageReason>(triage) : null,
        OriginalBlob = e.GetString("OriginalBlob"),
        VerificationMethod = e.GetString("VerificationMethod"),
        DecidedActions = Enums<RequestType>(e.GetString("DecidedActions")),
        Acknowledged = e.GetBoolean("Acknowledged") ?? false,
        Requester = StorageJson.Read<Requester>(e.GetString(Personal)),
    };

    public static TableEntity ToEntity(CaseReference reference, CaseEvent ev) =>
        new(reference.Value, EventRow(ev))
        {
            ["EventId"] = ev.EventId,
            ["At"] = ev.At,
            ["Kind"] = ev.Kind.ToWire(),
            ["Actor"] = ev.Actor,
            ["StatusAfter"] = ev.StatusAfter?.ToWire(),
            [Personal] = ev.Detail is null ? null : StorageJson.Write(new EventPersonal(ev.Detail)),
        };

    public static CaseEvent EventFromEntity(TableEntity e) => new()
    {
        EventId = e.GetString("EventId"),
        At = e.GetDateTimeOffset("At")!.Value,
        Kind = Enum<CaseEventKind>(e.GetString("Kind")),
        Actor = e.GetString("Actor"),
        StatusAfter = e.GetString("StatusAfter") is { } status ? Enum<CaseStatus>(status) : null,
        Detail = e.GetString(Personal) is { } personal ? StorageJson.Read<EventPersonal>(personal).Detail : null,
    };

    public static string EventRow(CaseEvent ev) =>
        string.Create(CultureInfo.InvariantCulture, $"event|{ev.At.UtcTicks:D19}|{ev.EventId}");

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static T Enum<T>(string text)
        where T : struct, System.Enum =>
        WireName<T>.TryParse(text, out var value) ? value : throw new InvalidDataException($"Unknown stored {typeof(T).Name}.");

    private static List<T> Enums<T>(string? text)
        where T : struct, System.Enum =>
        string.IsNullOrEmpty(text) ? [] : text.Split(',').Select(Enum<T>).ToList();

    private sealed record EventPersonal(string Detail);
}
