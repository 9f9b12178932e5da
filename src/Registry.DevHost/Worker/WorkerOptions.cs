namespace Registry.DevHost.Worker;

/// <summary>Where the worker is and how long the host waits for it (<c>DevHost:Worker</c> settings).</summary>
public sealed class WorkerOptions
{
    public const string Section = "DevHost:Worker";

    /// <summary>The Functions project's build output; empty: found beside the dev host's own build (WorkerLocation).</summary>
    public string? Directory { get; set; }

    public string AssemblyName { get; set; } = "Registry.Functions.dll";

    /// <summary>From launch to every function loaded.</summary>
    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromSeconds(90);

    /// <summary>After <c>WorkerTerminate</c>, how long the worker may take to exit before it is killed.</summary>
    public TimeSpan ShutdownGrace { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Pause before a crashed worker is started again.</summary>
    public TimeSpan RestartDelay { get; set; } = TimeSpan.FromSeconds(1);
}
