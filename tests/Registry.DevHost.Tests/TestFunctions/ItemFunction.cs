using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Registry.DevHost.Tests.TestFunctions;

/// <summary>A typed, constrained route value.</summary>
public static class ItemFunction
{
    [Function("GetItem")]
    public static async Task<IActionResult> RunAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "items/{id:int}")] HttpRequest req, int id)
    {
        await Task.Yield();
        return new OkObjectResult(new { next = id + 1 });
    }
}
