using Microsoft.Extensions.Primitives;

namespace Registry.DevHost.Http;

/// <summary>
/// Hands an incoming request to the worker's own Kestrel (the ASP.NET Core integration's <c>HttpUri</c>) with
/// <c>x-ms-invocation-id</c>, as the Functions host's HTTP proxy does, and keeps the whole answer so the host
/// can still answer a problem instead when the invocation failed.
/// </summary>
public sealed class WorkerHttpProxy : IDisposable
{
    public const string InvocationIdHeader = "x-ms-invocation-id";

    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Proxy-Connection", "Proxy-Authenticate", "Proxy-Authorization", "TE", "Trailer", "Transfer-Encoding", "Upgrade",
    };

    private readonly HttpClient _client = new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        UseProxy = false,
        AutomaticDecompression = System.Net.DecompressionMethods.None,
    })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    public async Task<ProxiedResponse> SendAsync(Uri worker, HttpRequest request, string invocationId, CancellationToken cancellationToken)
    {
        var target = new Uri(worker, request.PathBase.Add(request.Path).ToUriComponent() + request.QueryString.ToUriComponent());
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), target);
        if (request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            message.Content = new StreamContent(request.Body);
        }

        foreach (var (name, values) in request.Headers)
        {
            if (HopByHop.Contains(name) || string.Equals(name, "Host", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!message.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values))
            {
                message.Content?.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            }
        }

        message.Headers.Host = request.Host.Value;
        message.Headers.Remove(InvocationIdHeader);
        message.Headers.Add(InvocationIdHeader, invocationId);
        using var response = await _client.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken);
        var headers = response.Headers.Concat(response.Content.Headers)
            .Where(header => !HopByHop.Contains(header.Key))
            .Select(header => new KeyValuePair<string, StringValues>(header.Key, header.Value.ToArray()))
            .ToList();
        return new ProxiedResponse((int)response.StatusCode, headers, await response.Content.ReadAsByteArrayAsync(cancellationToken));
    }

    public void Dispose() => _client.Dispose();
}

/// <summary>What the worker answered.</summary>
public sealed record ProxiedResponse(int StatusCode, IReadOnlyList<KeyValuePair<string, StringValues>> Headers, byte[] Body)
{
    public async Task WriteToAsync(HttpResponse response, CancellationToken cancellationToken)
    {
        response.StatusCode = StatusCode;
        foreach (var (name, values) in Headers)
        {
            response.Headers[name] = values;
        }

        if (Body.Length > 0)
        {
            await response.Body.WriteAsync(Body, cancellationToken);
        }
    }
}
