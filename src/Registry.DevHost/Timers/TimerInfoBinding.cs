using System.Text.Json;
using Registry.DevHost.Rpc;

namespace Registry.DevHost.Timers;

/// <summary>A timer invocation's input as the Timer extension sends it to an isolated worker: <c>TimerInfo</c> as JSON.</summary>
public static class TimerInfoBinding
{
    public static void Bind(string triggerParameter, TimerOccurrence? occurrence, InvocationRequest request)
    {
        var info = new
        {
            Schedule = new { AdjustForDST = true },
            ScheduleStatus = occurrence is null ? null : new { occurrence.Last, occurrence.Next, occurrence.LastUpdated },
            IsPastDue = false,
        };
        request.InputData.Add(new ParameterBinding { Name = triggerParameter, Data = new TypedData { Json = JsonSerializer.Serialize(info) } });
    }
}

/// <summary><c>ScheduleStatus</c>, in UTC.</summary>
public sealed record TimerOccurrence(DateTime Last, DateTime Next, DateTime LastUpdated);
