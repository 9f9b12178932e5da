using System.Collections.Concurrent;
using System.Diagnostics;

namespace Registry.DevHost.Worker;

/// <summary>
/// One running worker process. Its standard error is kept (the last lines) so a worker that fails to
/// start can be reported with its own words, and logged; standard output repeats what the worker already
/// sends as RpcLog, so it is logged at Trace only.
/// </summary>
public sealed class WorkerProcess : IDisposable
{
    private const int KeptErrorLines = 40;

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _errorLines = new();
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private WorkerProcess(Process process) => _process = process;

    /// <summary>Kept from the start, so it stays readable after the process has exited and been disposed.</summary>
    public int Id { get; private set; }

    /// <summary>Completes when the process has exited and its output is read to the end.</summary>
    public Task Exited => _exited.Task;

    public int? ExitCode => _process.HasExited ? _process.ExitCode : null;

    public string ErrorOutput => string.Join(Environment.NewLine, _errorLines);

    public static WorkerProcess Start(ProcessStartInfo info, ILogger logger)
    {
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var worker = new WorkerProcess(process);
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is not null)
            {
                DevHostLog.WorkerOutput(logger, line.Data);
            }
        };
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is null)
            {
                return;
            }

            worker._errorLines.Enqueue(line.Data);
            while (worker._errorLines.Count > KeptErrorLines && worker._errorLines.TryDequeue(out var dropped) && dropped is not null)
            {
            }

            DevHostLog.WorkerError(logger, line.Data);
        };
        process.Exited += (_, _) => _ = worker.OnExitedAsync();
        process.Start();
        worker.Id = process.Id;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return worker;
    }

    /// <summary>Ends the worker at once (and anything it started). Safe to call at any time, any number of times.</summary>
    public void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // already gone
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // exiting while we asked
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private async Task OnExitedAsync()
    {
        // The parameterless wait also drains the redirected output, so ErrorOutput is complete.
        await _process.WaitForExitAsync();
        _exited.TrySetResult();
    }
}
