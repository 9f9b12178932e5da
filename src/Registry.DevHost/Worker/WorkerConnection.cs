using System.Collections.Concurrent;
using System.Threading.Channels;
using Google.Protobuf.WellKnownTypes;
using Registry.DevHost.Catalog;
using Registry.DevHost.Rpc;

namespace Registry.DevHost.Worker;

/// <summary>
/// The host's side of one worker's event stream: the start-up handshake (StartStream → WorkerInitRequest →
/// FunctionsMetadataRequest → one FunctionLoadRequest per function, since this worker ignores the batched
/// load), then invocations matched to their responses by id, and the worker's log lines.
/// </summary>
public sealed class WorkerConnection(string workerId, string appDirectory, WorkerLogForwarder logs)
{
    private readonly Channel<StreamingMessage> _outbound = Channel.CreateUnbounded<StreamingMessage>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TaskCompletionSource<WorkerReady> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<InvocationResponse>> _pending = new();
    private readonly ConcurrentDictionary<string, string> _loading = new();
    private FunctionCatalog? _catalog;
    private Uri? _httpUri;

    public string WorkerId { get; } = workerId;

    /// <summary>Completes when every function is loaded; faults when the worker refuses a step or goes away.</summary>
    public Task<WorkerReady> Ready => _ready.Task;

    public ChannelReader<StreamingMessage> Outbound => _outbound.Reader;

    public void Receive(StreamingMessage message)
    {
        switch (message.ContentCase)
        {
            case StreamingMessage.ContentOneofCase.StartStream:
                Send(new StreamingMessage
                {
                    WorkerInitRequest = new WorkerInitRequest { HostVersion = "4.0.0-registry-devhost", WorkerDirectory = appDirectory, FunctionAppDirectory = appDirectory },
                });
                break;
            case StreamingMessage.ContentOneofCase.WorkerInitResponse:
                OnInit(message.WorkerInitResponse);
                break;
            case StreamingMessage.ContentOneofCase.FunctionMetadataResponse:
                OnMetadata(message.FunctionMetadataResponse);
                break;
            case StreamingMessage.ContentOneofCase.FunctionLoadResponse:
                OnLoaded(message.FunctionLoadResponse);
                break;
            case StreamingMessage.ContentOneofCase.InvocationResponse:
                if (_pending.TryRemove(message.InvocationResponse.InvocationId, out var waiting))
                {
                    waiting.TrySetResult(message.InvocationResponse);
                }

                break;
            case StreamingMessage.ContentOneofCase.RpcLog:
                logs.Write(message.RpcLog);
                break;
        }
    }

    /// <summary>Sends the invocation and waits for its response; on cancellation tells the worker to cancel it.</summary>
    public async Task<InvocationResponse> InvokeAsync(InvocationRequest request, CancellationToken cancellationToken)
    {
        var response = new TaskCompletionSource<InvocationResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[request.InvocationId] = response;
        if (!_outbound.Writer.TryWrite(new StreamingMessage { InvocationRequest = request }))
        {
            _pending.TryRemove(request.InvocationId, out _);
            throw new WorkerUnavailableException("The worker's stream is closed.");
        }

        try
        {
            return await response.Task.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            _pending.TryRemove(request.InvocationId, out _);
            Send(new StreamingMessage
            {
                InvocationCancel = new InvocationCancel { InvocationId = request.InvocationId, GracePeriod = Duration.FromTimeSpan(TimeSpan.Zero) },
            });
            throw;
        }
    }

    public void Terminate(TimeSpan gracePeriod) =>
        Send(new StreamingMessage { WorkerTerminate = new WorkerTerminate { GracePeriod = Duration.FromTimeSpan(gracePeriod) } });

    /// <summary>The stream or the process ended: everything still waiting fails.</summary>
    public void Close(string reason)
    {
        _outbound.Writer.TryComplete();
        _ready.TrySetException(new WorkerUnavailableException(reason));
        foreach (var id in _pending.Keys)
        {
            if (_pending.TryRemove(id, out var waiting))
            {
                waiting.TrySetException(new WorkerUnavailableException(reason));
            }
        }
    }

    private void OnInit(WorkerInitResponse response)
    {
        if (response.Result?.Status != StatusResult.Types.Status.Success)
        {
            Fail("refused WorkerInitRequest", response.Result);
            return;
        }

        if (!response.Capabilities.TryGetValue("HttpUri", out var httpUri) || !Uri.TryCreate(httpUri, UriKind.Absolute, out _httpUri))
        {
            _ready.TrySetException(new WorkerUnavailableException(
                "The worker did not report an HttpUri: the app must use the ASP.NET Core integration (ConfigureFunctionsWebApplication)."));
            return;
        }

        Send(new StreamingMessage { FunctionsMetadataRequest = new FunctionsMetadataRequest { FunctionAppDirectory = appDirectory } });
    }

    private void OnMetadata(FunctionMetadataResponse response)
    {
        if (response.Result?.Status is not (null or StatusResult.Types.Status.Success))
        {
            Fail("could not index its functions", response.Result);
            return;
        }

        if (response.UseDefaultMetadataIndexing)
        {
            _ready.TrySetException(new WorkerUnavailableException("The worker asks the host to index functions.metadata; the dev host needs worker indexing."));
            return;
        }

        try
        {
            _catalog = FunctionCatalog.FromMetadata(response.FunctionMetadataResults);
        }
        catch (InvalidOperationException invalid)
        {
            _ready.TrySetException(new WorkerUnavailableException(invalid.Message));
            return;
        }

        if (_catalog.Functions.Count == 0)
        {
            _ready.TrySetResult(new WorkerReady(_catalog, _httpUri!));
            return;
        }

        foreach (var function in _catalog.Functions)
        {
            _loading[function.FunctionId] = function.Name;
        }

        foreach (var function in _catalog.Functions)
        {
            Send(new StreamingMessage
            {
                FunctionLoadRequest = new FunctionLoadRequest { FunctionId = function.FunctionId, Metadata = FunctionCatalog.LoadMetadata(function.Metadata) },
            });
        }
    }

    private void OnLoaded(FunctionLoadResponse response)
    {
        if (!_loading.TryRemove(response.FunctionId, out var name))
        {
            return;
        }

        if (response.Result?.Status != StatusResult.Types.Status.Success)
        {
            Fail($"could not load function '{name}'", response.Result);
        }
        else if (_loading.IsEmpty)
        {
            _ready.TrySetResult(new WorkerReady(_catalog!, _httpUri!));
        }
    }

    private void Fail(string what, StatusResult? result) =>
        _ready.TrySetException(new WorkerUnavailableException(
            $"The worker {what}: {result?.Exception?.Type} {result?.Exception?.Message}".TrimEnd()));

    private void Send(StreamingMessage message)
    {
        message.RequestId = Guid.NewGuid().ToString();
        _outbound.Writer.TryWrite(message);
    }
}

/// <summary>A worker whose functions are all loaded: what it runs, and where its Kestrel takes the proxied HTTP requests.</summary>
public sealed record WorkerReady(FunctionCatalog Catalog, Uri HttpUri);

/// <summary>The worker cannot take an invocation: it refused a start-up step, its stream closed or its process ended.</summary>
public sealed class WorkerUnavailableException(string message) : Exception(message);
