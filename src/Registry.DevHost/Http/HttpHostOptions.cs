namespace Registry.DevHost.Http;

/// <summary><c>extensions.http</c> of host.json.</summary>
public sealed class HttpHostOptions
{
    public const string Section = "AzureFunctionsJobHost:extensions:http";

    public string RoutePrefix { get; set; } = "api";
}
