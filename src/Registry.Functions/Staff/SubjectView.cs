using System.Text.Json;
using System.Text.Json.Nodes;
using Registry.Functions.Http;
using Registry.Retention;
using Registry.Subjects;

namespace Registry.Functions.Staff;

/// <summary>
/// A person's data as the staff API shows it: <see cref="SubjectData"/> with its enums as wire names, plus
/// <c>holds</c>: each hold that keeps accounting data today (<see cref="HoldRules"/>, as erasure decides), with the
/// order it holds and its last day when known.
/// </summary>
public static class SubjectView
{
    public static JsonNode Of(SubjectData data, TimeProvider time)
    {
        var view = JsonSerializer.SerializeToNode(data, JsonBodyResult.ResponseOptions)!;
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        view["holds"] = JsonSerializer.SerializeToNode(HoldRules.Evaluate(data, today), JsonBodyResult.ResponseOptions);
        return view;
    }
}
