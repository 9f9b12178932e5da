using Grpc.Core;
using Registry.DevHost.Rpc;

namespace Registry.DevHost.Worker;

/// <summary>
/// The <c>EventStream</c> a worker opens to the host. The first message must be the StartStream of a worker
/// this host launched; from then on messages go to that worker's <see cref="WorkerConnection"/> and its
/// outbound messages are written back, by one writer.
/// </summary>
public sealed class FunctionRpcService(WorkerConnections connections) : FunctionRpc.FunctionRpcBase
{
    public override async Task EventStream(
        IAsyncStreamReader<StreamingMessage> requestStream, IServerStreamWriter<StreamingMessage> responseStream, ServerCallContext context)
    {
        if (!await requestStream.MoveNext(context.CancellationToken)
            || requestStream.Current.ContentCase != StreamingMessage.ContentOneofCase.StartStream
            || connections.Find(requestStream.Current.StartStream.WorkerId) is not { } connection)
        {
            return;
        }

        using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken);
        connection.Receive(requestStream.Current);
        var writing = WriteAsync(connection, responseStream, ended.Token);
        try
        {
            while (await requestStream.MoveNext(context.CancellationToken))
            {
                connection.Receive(requestStream.Current);
            }
        }
        catch (Exception closed) when (closed is IOException or OperationCanceledException or Grpc.Core.RpcException or InvalidOperationException)
        {
            // the worker went away; the supervisor notices the process
        }
        finally
        {
            connection.Close("The worker closed its event stream.");
            await ended.CancelAsync();
            await writing;
        }
    }

    private static async Task WriteAsync(WorkerConnection connection, IServerStreamWriter<StreamingMessage> responseStream, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var message in connection.Outbound.ReadAllAsync(cancellationToken))
            {
                await responseStream.WriteAsync(message, cancellationToken);
            }
        }
        catch (Exception ended) when (ended is IOException or OperationCanceledException or Grpc.Core.RpcException or InvalidOperationException)
        {
            // the stream is gone
        }
    }
}

/// <summary>The workers this host launched, by worker id; a stream from any other is refused.</summary>
public sealed class WorkerConnections
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, WorkerConnection> _byId = new(StringComparer.OrdinalIgnoreCase);

    public void Add(WorkerConnection connection) => _byId[connection.WorkerId] = connection;

    public void Remove(WorkerConnection connection) => _byId.TryRemove(connection.WorkerId, out _);

    public WorkerConnection? Find(string workerId) => _byId.GetValueOrDefault(workerId);
}
