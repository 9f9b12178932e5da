namespace Registry.Execution;

/// <summary>Another delivery of the same decision holds the step's claim; the queue delivers this one again after its visibility timeout.</summary>
public sealed class StepInProgressException(string caseReference, string type)
    : Exception($"Case {caseReference}: '{type}' is being carried out by another delivery; the message will be retried.");
