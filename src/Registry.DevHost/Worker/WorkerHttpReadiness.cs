using System.Net.Sockets;

namespace Registry.DevHost.Worker;

/// <summary>
/// The worker reports its Kestrel's <c>HttpUri</c> in WorkerInitResponse and loads its functions before that
/// Kestrel listens. A request proxied in between is refused, and the worker then waits 15 s for the request
/// that never came ("Timed out waiting for the function start call") and fails the invocation. So the host
/// counts the worker ready only once its HTTP address takes a connection.
/// </summary>
public static class WorkerHttpReadiness
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(20);

    /// <summary>Returns once a TCP connection to <paramref name="httpUri"/> succeeds; the caller bounds it.</summary>
    public static async Task WaitAsync(Uri httpUri, CancellationToken cancellationToken)
    {
        while (true)
        {
            using var client = new TcpClient();
            try
            {
                await client.ConnectAsync(httpUri.Host, httpUri.Port, cancellationToken);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(Pause, cancellationToken);
            }
        }
    }
}
