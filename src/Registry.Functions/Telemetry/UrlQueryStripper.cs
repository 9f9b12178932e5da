using System.Diagnostics;
using OpenTelemetry;

namespace Registry.Functions.Telemetry;

/// <summary>
/// Removes query strings from every span's URL attributes before export: a query may carry a person's e-mail, a
/// link token or a signature (unsubscribe and access links, SAS URLs), and nothing in a query is needed to read a
/// trace. Registered before the exporters, so each of them sees the stripped values.
/// </summary>
public sealed class UrlQueryStripper : BaseProcessor<Activity>
{
    private static readonly string[] QueryTags = ["url.query", "http.query"];
    private static readonly string[] UrlTags = ["url.full", "http.url", "http.target", "url.original"];

    public override void OnEnd(Activity data)
    {
        foreach (var tag in QueryTags)
        {
            if (data.GetTagItem(tag) is not null)
            {
                data.SetTag(tag, null);
            }
        }

        foreach (var tag in UrlTags)
        {
            if (data.GetTagItem(tag) is string url && Stripped(url) is { } stripped)
            {
                data.SetTag(tag, stripped);
            }
        }
    }

    private static string? Stripped(string url)
    {
        var end = url.IndexOfAny(['?', '#']);
        return end < 0 ? null : url[..end];
    }
}
