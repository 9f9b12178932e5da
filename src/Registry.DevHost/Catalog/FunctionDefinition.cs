using Registry.DevHost.Rpc;

namespace Registry.DevHost.Catalog;

/// <summary>One function as the worker reports it (FunctionMetadataResponse), with its trigger read from the raw bindings.</summary>
public sealed record FunctionDefinition(string Name, string FunctionId, string TriggerParameter, TriggerDefinition Trigger, RpcFunctionMetadata Metadata)
{
    public bool IsHttp => Trigger is HttpTriggerDefinition;
}

public abstract record TriggerDefinition;

/// <summary>An HTTP trigger. <see cref="Methods"/> empty means every method.</summary>
public sealed record HttpTriggerDefinition(string Route, IReadOnlyList<string> Methods) : TriggerDefinition;

/// <summary>
/// A queue trigger; both values may still hold <c>%Setting%</c> expressions. <see cref="DeferredBinding"/>: the worker
/// marked the binding <c>supportsDeferredBinding</c> (a <c>QueueMessage</c> or <c>BinaryData</c> parameter), so the
/// message goes as ModelBindingData; otherwise as its text.
/// </summary>
public sealed record QueueTriggerDefinition(string QueueNameExpression, string Connection, bool DeferredBinding = false) : TriggerDefinition;

/// <summary>A timer trigger; the schedule may still hold <c>%Setting%</c> expressions.</summary>
public sealed record TimerTriggerDefinition(string ScheduleExpression, bool RunOnStartup) : TriggerDefinition;

/// <summary>A trigger this host does not run (the function is loaded, but nothing invokes it).</summary>
public sealed record OtherTriggerDefinition(string Type) : TriggerDefinition;
