using System.Reflection;

namespace Registry.DevHost.Catalog;

/// <summary>One <c>[Function]</c> method and its trigger, as the Functions host indexes it.</summary>
public sealed record FunctionDefinition(string Name, MethodInfo Method, ParameterInfo TriggerParameter, TriggerDefinition Trigger)
{
    public bool IsHttp => Trigger is HttpTriggerDefinition;
}

public abstract record TriggerDefinition;

/// <summary>An HTTP trigger. <see cref="Methods"/> empty means every method.</summary>
public sealed record HttpTriggerDefinition(string Route, IReadOnlyList<string> Methods) : TriggerDefinition;

/// <summary>A queue trigger; both values may still hold <c>%Setting%</c> expressions.</summary>
public sealed record QueueTriggerDefinition(string QueueNameExpression, string Connection) : TriggerDefinition;

/// <summary>A timer trigger; the schedule may still hold <c>%Setting%</c> expressions.</summary>
public sealed record TimerTriggerDefinition(string ScheduleExpression, bool RunOnStartup) : TriggerDefinition;
