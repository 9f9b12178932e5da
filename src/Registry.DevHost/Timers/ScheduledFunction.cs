using Registry.DevHost.Catalog;

namespace Registry.DevHost.Timers;

/// <summary>A timer function with its schedule resolved and its next occurrence.</summary>
public sealed class ScheduledFunction(FunctionDefinition function, TimerSchedule schedule, DateTimeOffset next)
{
    public FunctionDefinition Function { get; } = function;

    public TimerSchedule Schedule { get; } = schedule;

    public DateTimeOffset Next { get; set; } = next;

    public DateTimeOffset? Last { get; set; }

    public bool RunOnStartup => ((TimerTriggerDefinition)Function.Trigger).RunOnStartup;
}
