using Azure.Data.Tables;
using Registry.Infrastructure.Tables;
using Registry.Letters;
using Registry.Letters.Delivery;
using Registry.Privacy.Encryption;
using Registry.Serialization;

namespace Registry.Infrastructure.Letters;

/// <summary>
/// A queued letter's row: in its case's partition of the <c>Cases</c> table, row <c>letter|{letterId}</c>, beside the
/// timeline its delivery is recorded on (one entity-group transaction) and the case key it is sealed with (the
/// case-file purge deletes it with the case). Letters of no case (the officer's deadline reminder: references and
/// dates only) wait in partition <see cref="OfficerPartition"/>, unsealed.
/// </summary>
internal static class LetterEntities
{
    public const string OfficerPartition = "letters|officer";
    private const string Personal = "Personal";
    private const string Content = "Content";

    public static string Partition(LetterReference reference) => reference.CaseReference?.Value ?? OfficerPartition;

    public static string Row(string letterId) => $"letter|{letterId}";

    public static TableEntity ToEntity(OutboundLetter letter, DateTimeOffset queuedAt, FieldSealer? sealer)
    {
        var row = Row(letter.LetterId);
        var entity = new TableEntity(letter.CaseReference?.Value ?? OfficerPartition, row)
        {
            ["LetterId"] = letter.LetterId,
            ["Kind"] = letter.Kind.ToWire(),
            ["State"] = LetterState.Queued.ToWire(),
            ["Attempts"] = 0,
            ["QueuedAt"] = queuedAt,
        };
        if (sealer is null)
        {
            entity[Content] = StorageJson.Write(letter);
        }
        else
        {
            entity[Personal] = sealer.Seal(DataScope.Case, row, Personal, letter);
        }

        return entity;
    }

    public static StoredLetter FromEntity(TableEntity e, FieldSealer? sealer)
    {
        var erased = false;
        var letter = e.GetString(Content) is { } content
            ? StorageJson.Read<OutboundLetter>(content)
            : sealer?.Open<OutboundLetter>(DataScope.Case, e.RowKey, Personal, e.GetString(Personal), ref erased);
        return new StoredLetter(
            letter,
            WireName<LetterState>.TryParse(e.GetString("State"), out var state) ? state : throw new InvalidDataException("Unknown stored letter state."),
            e.GetInt32("Attempts") ?? 0,
            e.GetDateTimeOffset("SendingSince"),
            e.ETag.ToString());
    }

    public static TableEntity Claim(LetterReference reference, int attempts, DateTimeOffset now) => new(Partition(reference), Row(reference.LetterId))
    {
        ["State"] = LetterState.Sending.ToWire(),
        ["Attempts"] = attempts,
        ["SendingSince"] = now,
    };

    public static TableEntity Outcome(LetterReference reference, LetterOutcome outcome) => new(Partition(reference), Row(reference.LetterId))
    {
        ["State"] = outcome.State.ToWire(),
        ["Attempts"] = outcome.Attempts,
        ["LastReason"] = outcome.Reason,
        [outcome.State == LetterState.Sent ? "SentAt" : "LastAttemptAt"] = outcome.At,
    };
}
