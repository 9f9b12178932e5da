namespace Registry.Unsubscribe;

/// <summary>One-click unsubscribe links (<c>Registry:Unsubscribe</c>).</summary>
public sealed class UnsubscribeOptions
{
    public const string Section = "Registry:Unsubscribe";

    /// <summary>The public address of the functions app that links point at, e.g. <c>https://registry.example.fi</c>.</summary>
    public string BaseUrl { get; set; } = string.Empty;

    /// <summary>How long a minted link works. Marketing e-mails are read late, so the default is generous.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromDays(90);

    public bool IsValid() =>
        Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.IsLoopback)
        && LinkLifetime > TimeSpan.Zero && LinkLifetime <= TimeSpan.FromDays(3650);
}
