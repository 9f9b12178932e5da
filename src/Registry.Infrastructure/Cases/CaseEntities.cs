using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Registry.Cases;
using Registry.Cases.Classification;
using Registry.Preferences;
using Registry.Rectification;
using Registry.Privacy.Encryption;
using Registry.Serialization;
using Registry.Subjects;
using Registry.Infrastructure.Tables;

namespace Registry.Infrastructure.Cases;

/// <summary>
/// The <c>Cases</c> table: one partition per case (PartitionKey = reference, so writes spread and a case
/// with its timeline is one entity-group transaction). Row <c>case</c> holds the state, rows
/// <c>event|{ticks}|{id}</c> the timeline, row <c>key|case</c> the case's own data key (wrapped by the
/// key-encryption key). Everything personal (requester, message, free text) is in the one property
/// <see cref="Personal"/>, sealed with the case's key: a requester need not be a known subject, so the case owns it.
/// A decided rectification's changes are personal too: they ride in the same JSON under <c>rectification</c>;
/// an objection's purposes are enum names, a plain column.
/// </summary>
internal static class CaseEntities
{
    public const string CaseRow = "case";
    public const string Personal = "Personal";

    private const DataScope Scope = DataScope.Case;
    private const string RectificationProperty = "rectification";

    public static TableEntity ToEntity(SubjectCase c, FieldSealer sealer) => new(c.Reference.Value, CaseRow)
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
        ["ClassifiedBy"] = c.ClassifiedBy.Count == 0 ? null : JsonSerializer.Serialize(c.ClassifiedBy.Select(r => new StoredReason(r.Type.ToWire(), r.Rule, r.Matched)).ToList(), StorageJson.Options),
        ["OriginalBlob"] = c.OriginalBlob,
        ["QuotedReference"] = c.QuotedReference?.Value,
        ["VerificationMethod"] = c.VerificationMethod,
        ["DecidedActions"] = string.Join(',', c.DecidedActions.Select(t => t.ToWire())),
        ["ObjectionPurposes"] = c.ObjectionPurposes.Count == 0 ? null : string.Join(',', c.ObjectionPurposes.Select(p => p.ToWire())),
        ["Acknowledged"] = c.Acknowledged,
        [Personal] = sealer.Seal(Scope, CaseRow, Personal, PersonalOf(c)),
    };

    public static SubjectCase FromEntity(TableEntity e, FieldSealer sealer)
    {
        var personal = Open<JsonObject>(sealer, CaseRow, e.GetString(Personal))
            ?? throw new InvalidDataException($"The requester of case {e.PartitionKey} is missing or its key was destroyed.");
        return FromEntity(e, personal);
    }

    private static SubjectCase FromEntity(TableEntity e, JsonObject personal) => new()
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
        ClassifiedBy = Reasons(e.GetString("ClassifiedBy")),
        OriginalBlob = e.GetString("OriginalBlob"),
        QuotedReference = CaseReference.TryParse(e.GetString("QuotedReference"), out var quoted) ? quoted : null,
        VerificationMethod = e.GetString("VerificationMethod"),
        DecidedActions = Enums<RequestType>(e.GetString("DecidedActions")),
        ObjectionPurposes = Enums<ConsentPurpose>(e.GetString("ObjectionPurposes")),
        Acknowledged = e.GetBoolean("Acknowledged") ?? false,
        Requester = personal.Deserialize<Requester>(StorageJson.Options) ?? throw new InvalidDataException("A stored requester was null."),
        Rectification = personal[RectificationProperty]?.Deserialize<List<RectificationChange>>(StorageJson.Options) ?? [],
    };

    private static JsonObject PersonalOf(SubjectCase c)
    {
        var personal = JsonSerializer.SerializeToNode(c.Requester, StorageJson.Options)!.AsObject();
        if (c.Rectification.Count > 0)
        {
            personal[RectificationProperty] = JsonSerializer.SerializeToNode(c.Rectification, StorageJson.Options);
        }

        return personal;
    }

    public static TableEntity ToEntity(CaseReference reference, CaseEvent ev, FieldSealer sealer)
    {
        var row = EventRow(ev);
        return new(reference.Value, row)
        {
            ["EventId"] = ev.EventId,
            ["At"] = ev.At,
            ["Kind"] = ev.Kind.ToWire(),
            ["Actor"] = ev.Actor,
            ["StatusAfter"] = ev.StatusAfter?.ToWire(),
            [Personal] = ev.Detail is null ? null : sealer.Seal(Scope, row, Personal, new EventPersonal(ev.Detail)),
        };
    }

    public static CaseEvent EventFromEntity(TableEntity e, FieldSealer sealer) => new()
    {
        EventId = e.GetString("EventId"),
        At = e.GetDateTimeOffset("At")!.Value,
        Kind = Enum<CaseEventKind>(e.GetString("Kind")),
        Actor = e.GetString("Actor"),
        StatusAfter = e.GetString("StatusAfter") is { } status ? Enum<CaseStatus>(status) : null,
        Detail = Open<EventPersonal>(sealer, e.RowKey, e.GetString(Personal))?.Detail,
    };

    private static T? Open<T>(FieldSealer sealer, string row, string? stored)
    {
        var erased = false;
        return sealer.Open<T>(Scope, row, Personal, stored, ref erased);
    }

    public static string EventRow(CaseEvent ev) =>
        string.Create(CultureInfo.InvariantCulture, $"event|{ev.At.UtcTicks:D19}|{ev.EventId}");

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static T Enum<T>(string text)
        where T : struct, System.Enum =>
        WireName<T>.TryParse(text, out var value) ? value : throw new InvalidDataException($"Unknown stored {typeof(T).Name}.");

    private static List<ClassificationReason> Reasons(string? json) =>
        json is null ? [] : (JsonSerializer.Deserialize<List<StoredReason>>(json, StorageJson.Options) ?? [])
            .Select(r => new ClassificationReason(Enum<RequestType>(r.Type), r.Rule, r.Matched)).ToList();

    /// <summary>A classification reason as stored: the rules' own words, plain (no personal data).</summary>
    private sealed record StoredReason(string Type, string Rule, string Matched);

    private static List<T> Enums<T>(string? text)
        where T : struct, System.Enum =>
        string.IsNullOrEmpty(text) ? [] : text.Split(',').Select(Enum<T>).ToList();

    private sealed record EventPersonal(string Detail);
}
