using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Registry.DevHost.Worker;

/// <summary>
/// The gRPC endpoint the worker connects to (<c>--functions-uri</c>): a Kestrel of its own on a free
/// loopback port, HTTP/2 without TLS, apart from the public one so the worker's stream never shares a
/// pipeline, port or middleware with the app's HTTP routes.
/// </summary>
public sealed class WorkerRpcServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WorkerRpcServer(WebApplication app, Uri uri)
    {
        _app = app;
        Uri = uri;
    }

    public Uri Uri { get; }

    public static async Task<WorkerRpcServer> StartAsync(WorkerConnections connections, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc(grpc =>
        {
            grpc.MaxReceiveMessageSize = null;
            grpc.MaxSendMessageSize = null;
        });
        builder.Services.AddSingleton(connections);
        var app = builder.Build();
        app.MapGrpcService<FunctionRpcService>();
        await app.StartAsync(cancellationToken);
        return new WorkerRpcServer(app, new Uri(app.Urls.First()));
    }

    public async ValueTask DisposeAsync()
    {
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(stopping.Token);
        await _app.DisposeAsync();
    }
}
