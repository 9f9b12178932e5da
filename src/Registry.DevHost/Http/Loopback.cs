using System.Net;

namespace Registry.DevHost.Http;

/// <summary>
/// The dev host runs with development secrets, development staff tokens and an admin API that runs any
/// function: it listens on this machine only. Any address that is not loopback (a wildcard, 0.0.0.0, a LAN
/// address) stops it before it listens.
/// </summary>
public static class Loopback
{
    public static string[] RequireLoopbackUrls(string urls)
    {
        var list = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var outside = list.Where(url => !Uri.TryCreate(url, UriKind.Absolute, out var uri) || !IsLoopbackHost(uri.Host)).ToList();
        return outside.Count == 0
            ? list
            : throw new InvalidOperationException(
                $"The dev host listens on loopback only (localhost, 127.0.0.1, [::1]); refused: {string.Join(", ", outside)}.");
    }

    /// <summary>localhost or a loopback address, as a URL's or a Host header's host part.</summary>
    public static bool IsLoopbackHost(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
