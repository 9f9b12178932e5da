using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Registry.DevHost.Tests.TestFunctions;

/// <summary>No route and no methods: the host routes it by name, for every method.</summary>
public static class PingFunction
{
    [Function("Ping")]
    public static Task<IResult> Run([HttpTrigger(AuthorizationLevel.Anonymous)] HttpRequest req) =>
        Task.FromResult(Results.Text($"pong {req.Method}"));
}
