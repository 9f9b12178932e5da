using System.Text.Json;
using Registry.Orders.Ingest;
using Registry.Preferences;
using Registry.Rectification;
using Registry.Serialization;
using Registry.Validation;

namespace Registry.Cases.Work;

/// <summary>
/// Checks a decision's details against its actions: a rectification needs its changes, each value passes the same
/// rules as an order's customer (<see cref="CustomerRules"/>); objection purposes are optional. Details for an
/// action that is not decided are refused, so the officer never believes something will happen that will not.
/// </summary>
public static class DecisionDetailsValidator
{
    private const int MaxGrounds = 1000;

    private static readonly JsonSerializerOptions ValueJson = new(JsonSerializerDefaults.Web);

    public static DecisionDetails? Validate(IReadOnlyCollection<RequestType> actions, DecisionDetailsSubmission? submitted, FieldErrors errors)
    {
        var before = errors.All.Count;
        var purposes = Purposes(actions.Contains(RequestType.Objection), submitted?.Objection, errors);
        var changes = Changes(actions.Contains(RequestType.Rectification), submitted?.Rectification, errors);
        return errors.All.Count > before ? null : new DecisionDetails(purposes, changes);
    }

    private static List<ConsentPurpose> Purposes(bool decided, ObjectionSubmission? objection, FieldErrors errors)
    {
        var purposes = new List<ConsentPurpose>();
        if (objection is null)
        {
            return purposes;
        }

        if (!decided)
        {
            errors.Add("objection", "is only allowed when actions include objection.");
            return purposes;
        }

        var listed = objection.Purposes ?? [];
        for (var i = 0; i < listed.Count; i++)
        {
            if (!WireName<ConsentPurpose>.TryParse(listed[i], out var purpose))
            {
                errors.Add($"objection.purposes[{i}]", $"must be one of: {string.Join(", ", WireName<ConsentPurpose>.All)}.");
            }
            else if (!purposes.Contains(purpose))
            {
                purposes.Add(purpose);
            }
        }

        return purposes;
    }

    private static List<RectificationChange> Changes(bool decided, RectificationSubmission? rectification, FieldErrors errors)
    {
        var changes = new List<RectificationChange>();
        if (!decided)
        {
            if (rectification is not null)
            {
                errors.Add("rectification", "is only allowed when actions include rectification.");
            }

            return changes;
        }

        if (rectification?.Changes is not { Count: > 0 } submitted)
        {
            errors.Add("rectification.changes", "is required when actions include rectification: at least one { field, value, grounds }.");
            return changes;
        }

        if (submitted.Count > ProfileFields.All.Count)
        {
            errors.Add("rectification.changes", $"must have at most {ProfileFields.All.Count} changes, one per field.");
            return changes;
        }

        for (var i = 0; i < submitted.Count; i++)
        {
            if (Change(submitted[i], $"rectification.changes[{i}]", errors) is { } change)
            {
                if (changes.Any(c => c.Field == change.Field))
                {
                    errors.Add($"rectification.changes[{i}].field", "appears more than once.");
                    continue;
                }

                changes.Add(change);
            }
        }

        return changes;
    }

    private static RectificationChange? Change(RectificationChangeSubmission? item, string path, FieldErrors errors)
    {
        var before = errors.All.Count;
        var grounds = errors.Required($"{path}.grounds", item?.Grounds, MaxGrounds);
        if (!ProfileFields.TryParse(item?.Field, out var field))
        {
            errors.Add($"{path}.field", $"must be one of: {string.Join(", ", ProfileFields.All)}.");
            return null;
        }

        var change = Value(field, item!.Value, $"{path}.value", errors);
        return errors.All.Count > before || change is null ? null : change with { Grounds = grounds! };
    }

    private static RectificationChange? Value(ProfileField field, JsonElement? value, string path, FieldErrors errors)
    {
        var change = new RectificationChange { Field = field, Grounds = string.Empty };
        switch (field)
        {
            case ProfileField.FirstName or ProfileField.LastName:
                return errors.Required(path, Text(value, path, errors), CustomerRules.MaxNameLength) is { } name ? change with { Text = name } : null;
            case ProfileField.Email:
                return CustomerRules.Email(Text(value, path, errors), path, errors) is { } email ? change with { Email = email } : null;
            case ProfileField.Phone:
                return CustomerRules.Phone(Text(value, path, errors), path, errors) is { } phone ? change with { Phone = phone } : null;
            case ProfileField.Organisation:
                return Object<OrganisationSubmission>(value, path, errors) is { } organisation
                    && CustomerRules.Organisation(organisation, errors, path) is { } valid ? change with { Organisation = valid } : null;
            default:
                return Object<AddressSubmission>(value, path, errors) is { } address
                    && CustomerRules.Address(address, errors, path) is { } validAddress ? change with { Address = validAddress } : null;
        }
    }

    private static string? Text(JsonElement? value, string path, FieldErrors errors)
    {
        if (value is { ValueKind: JsonValueKind.String } text)
        {
            return text.GetString();
        }

        if (value is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined })
        {
            errors.Add(path, "must be a string.");
        }

        return null;
    }

    private static T? Object<T>(JsonElement? value, string path, FieldErrors errors)
        where T : class
    {
        if (value is not { ValueKind: JsonValueKind.Object } element)
        {
            errors.Add(path, "is required: an object with the fields of an order's customer part.");
            return null;
        }

        try
        {
            return element.Deserialize<T>(ValueJson);
        }
        catch (JsonException)
        {
            errors.Add(path, "has a field of the wrong type.");
            return null;
        }
    }
}
