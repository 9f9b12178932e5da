using Microsoft.Extensions.Options;

namespace Registry.DevHost.Worker;

/// <summary>
/// Starts the worker when the host starts and stops it when the host stops: <c>WorkerTerminate</c>, then a kill
/// after <see cref="WorkerOptions.ShutdownGrace"/>. The host also kills it on every other way out of the
/// process it can see (process exit, an unhandled exception, disposal). A worker that exits while the host
/// runs is started again; what it was running fails, so queue messages come back by their visibility.
/// Start-up fails with the worker's own error output when the first worker does not get ready.
/// </summary>
public sealed class WorkerSupervisor : IHostedService, IAsyncDisposable
{
    private readonly WorkerOptions _options;
    private readonly Http.HttpHostOptions _http;
    private readonly WorkerAppSettings _settings;
    private readonly WorkerLogForwarder _logs;
    private readonly ILogger<WorkerSupervisor> _logger;
    private readonly WorkerConnections _connections = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _lock = new();
    private TaskCompletionSource<WorkerSession> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private WorkerRpcServer? _server;
    private WorkerSession? _current;
    private Task _watching = Task.CompletedTask;
    private string _directory = string.Empty;
    private int _disposed;

    public WorkerSupervisor(
        IOptions<WorkerOptions> options,
        IOptions<Http.HttpHostOptions> http,
        WorkerAppSettings settings,
        WorkerLogForwarder logs,
        IHostApplicationLifetime lifetime,
        ILogger<WorkerSupervisor> logger)
    {
        // Ctrl-C reaches the worker too (same process group): from the moment the host starts stopping, a worker
        // that exits is not restarted.
        lifetime.ApplicationStopping.Register(() => _stopping.Cancel());
        _options = options.Value;
        _http = http.Value;
        _settings = settings;
        _logs = logs;
        _logger = logger;
        AppDomain.CurrentDomain.ProcessExit += KillOnExit;
        AppDomain.CurrentDomain.UnhandledException += KillOnExit;
    }

    /// <summary>The running worker's process id, when one runs.</summary>
    public int? ProcessId => _current?.Process.Id;

    /// <summary>The worker that takes invocations now; waits while one (re)starts.</summary>
    public Task<WorkerSession> WaitReadyAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return _ready.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>The functions of the running worker (the same set after a restart: the same build).</summary>
    public WorkerSession Current => _current ?? throw new InvalidOperationException("The worker has not started.");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _directory = WorkerLocation.Find(_options);
        WorkerRoutePrefix.RequireSame(_directory, _http.RoutePrefix);
        _server = await WorkerRpcServer.StartAsync(_connections, cancellationToken);
        var session = await LaunchAsync(cancellationToken);
        Publish(session);
        _watching = WatchAsync(session);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        if (_current is { } session)
        {
            session.Connection.Terminate(_options.ShutdownGrace);
            try
            {
                await session.Process.Exited.WaitAsync(_options.ShutdownGrace, cancellationToken);
            }
            catch (Exception late) when (late is TimeoutException or OperationCanceledException)
            {
                DevHostLog.WorkerKilled(_logger, session.Process.Id, _options.ShutdownGrace);
            }

            session.Process.Kill();
            session.Connection.Close("The host is stopping.");
        }

        await _watching;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        AppDomain.CurrentDomain.ProcessExit -= KillOnExit;
        AppDomain.CurrentDomain.UnhandledException -= KillOnExit;
        await _stopping.CancelAsync();
        _current?.Process.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _stopping.Dispose();
    }

    private void KillOnExit(object? sender, EventArgs e) => _current?.Process.Kill();

    private async Task<WorkerSession> LaunchAsync(CancellationToken cancellationToken)
    {
        var started = TimeProvider.System.GetTimestamp();
        var connection = new WorkerConnection(Guid.NewGuid().ToString(), _directory, _logs);
        _connections.Add(connection);
        var launch = new WorkerStart(_directory, _options.AssemblyName, _server!.Uri, connection.WorkerId, Guid.NewGuid().ToString(), _settings.Values, _settings.EnvironmentName);
        var process = WorkerProcess.Start(WorkerLaunch.Create(launch), _logger);
        DevHostLog.WorkerStarted(_logger, process.Id, _directory);
        using var launching = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            var listening = ReadyAndListeningAsync(connection, launching.Token);
            var ready = await Task.WhenAny(listening, process.Exited).WaitAsync(_options.StartTimeout, cancellationToken);
            if (ready != listening)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), CancellationToken.None); // the rest of its error output
                throw new WorkerStartupException(
                    $"The worker exited during start-up (exit code {process.ExitCode}). Its error output:{Environment.NewLine}{process.ErrorOutput}");
            }

            var worker = await listening;
            DevHostLog.WorkerReady(_logger, process.Id, worker.Catalog.Functions.Count, TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
            return new WorkerSession(connection, process, worker.Catalog, worker.HttpUri);
        }
        catch (Exception failure) when (failure is not WorkerStartupException)
        {
            process.Dispose();
            _connections.Remove(connection);
            throw failure switch
            {
                TimeoutException => new WorkerStartupException($"The worker did not load its functions and listen for HTTP within {_options.StartTimeout}. Its error output:{Environment.NewLine}{process.ErrorOutput}"),
                WorkerUnavailableException => new WorkerStartupException($"{failure.Message}{Environment.NewLine}{process.ErrorOutput}"),
                _ => failure,
            };
        }
        catch (WorkerStartupException)
        {
            process.Dispose();
            _connections.Remove(connection);
            throw;
        }
        finally
        {
            await launching.CancelAsync();
        }
    }

    // Functions loaded and the worker's Kestrel taking connections (WorkerHttpReadiness).
    private static async Task<WorkerReady> ReadyAndListeningAsync(WorkerConnection connection, CancellationToken cancellationToken)
    {
        var worker = await connection.Ready;
        await WorkerHttpReadiness.WaitAsync(worker.HttpUri, cancellationToken);
        return worker;
    }

    private void Publish(WorkerSession session)
    {
        lock (_lock)
        {
            _current = session;
            _ready.TrySetResult(session);
        }
    }

    private async Task WatchAsync(WorkerSession session)
    {
        while (true)
        {
            await session.Process.Exited;
            if (_stopping.IsCancellationRequested)
            {
                return;
            }

            lock (_lock)
            {
                _ready = new TaskCompletionSource<WorkerSession>(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            DevHostLog.WorkerExited(_logger, session.Process.Id, session.Process.ExitCode);
            session.Connection.Close($"The worker exited (exit code {session.Process.ExitCode}).");
            _connections.Remove(session.Connection);
            session.Process.Dispose();
            session = await RestartAsync();
            if (_stopping.IsCancellationRequested)
            {
                return;
            }

            Publish(session);
        }
    }

    private async Task<WorkerSession> RestartAsync()
    {
        var delay = _options.RestartDelay;
        while (true)
        {
            try
            {
                await Task.Delay(delay, _stopping.Token);
                return await LaunchAsync(_stopping.Token);
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                return _current!;
            }
            catch (WorkerStartupException failure)
            {
                DevHostLog.WorkerRestartFailed(_logger, failure, delay);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(30).Ticks));
            }
        }
    }
}

/// <summary>One ready worker: its stream, its process, its functions and its HTTP address.</summary>
public sealed record WorkerSession(WorkerConnection Connection, WorkerProcess Process, Catalog.FunctionCatalog Catalog, Uri HttpUri);

/// <summary>The settings the worker gets as environment variables, and its environment name.</summary>
public sealed record WorkerAppSettings(IReadOnlyDictionary<string, string?> Values, string EnvironmentName);

/// <summary>The worker did not get ready; the message carries its own error output (e.g. the missing setting).</summary>
public sealed class WorkerStartupException(string message) : Exception(message);
