using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Registry.DevHost.Tests.TestFunctions;

/// <summary>Always throws, with a message that must never reach the caller.</summary>
public static class ThrowingHttpFunction
{
    public const string Secret = "secret-detail-4711";

    [Function("Explode")]
    public static IResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "explode")] HttpRequest req) =>
        throw new InvalidOperationException(Secret);
}
