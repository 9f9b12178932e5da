using System.Text.Json;
using Azure.Storage.Queues.Models;
using Registry.DevHost.Catalog;
using Registry.DevHost.Queues;
using Registry.DevHost.Timers;
using Registry.DevHost.Worker;

namespace Registry.DevHost.Admin;

/// <summary>
/// <c>POST /admin/functions/{name}</c> with <c>{"input": "..."}</c> runs a non-HTTP function now, as
/// the host's admin API does: a queue function gets the input as its message content, a timer
/// function runs at once. 202 when queued, 404 for an unknown function.
/// </summary>
public static class AdminEndpoints
{
    public static IEndpointRouteBuilder MapAdminFunctions(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/admin/functions/{name}", RunAsync).WithDisplayName("Admin: run function");
        return endpoints;
    }

    private static async Task<IResult> RunAsync(
        string name, HttpContext context, WorkerSupervisor worker, AdminInvocationQueue queue, TimeProvider time, ILoggerFactory loggers)
    {
        var function = worker.Current.Catalog.Find(name);
        if (function is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such function.", detail: $"No function is named '{name}'.");
        }

        if (function.IsHttp)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "HTTP functions run through their route.",
                detail: $"'{function.Name}' is an HTTP function; call its route under the route prefix instead.");
        }

        AdminRunRequest? body;
        try
        {
            body = context.Request.ContentLength == 0
                ? null
                : await JsonSerializer.DeserializeAsync<AdminRunRequest>(context.Request.Body, JsonSerializerOptions.Web, context.RequestAborted);
        }
        catch (JsonException)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The body is not {\"input\": \"...\"}.");
        }

        var input = body?.Input ?? string.Empty;
        AdminRun run = function.Trigger switch
        {
            QueueTriggerDefinition => new AdminRun(function.Name, (definition, request) =>
                QueueMessageBinding.Bind(AdminMessage(input, time), definition, request)),
            TimerTriggerDefinition => new AdminRun(function.Name, (definition, request) =>
                TimerInfoBinding.Bind(definition.TriggerParameter, occurrence: null, request)),
            _ => new AdminRun(function.Name, null),
        };
        if (run.Bind is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The dev host does not run this trigger.",
                detail: $"'{function.Name}' has a trigger the dev host does not run.");
        }

        if (!queue.TryEnqueue(run))
        {
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The dev host is stopping.");
        }

        DevHostLog.AdminRunQueued(loggers.CreateLogger(typeof(AdminEndpoints)), function.Name);
        return Results.Accepted();
    }

    // The host hands an admin input to a queue function as a message that was never on a queue.
    private static QueueMessage AdminMessage(string input, TimeProvider time)
    {
        var now = time.GetUtcNow();
        return QueuesModelFactory.QueueMessage(
            messageId: Guid.NewGuid().ToString(), popReceipt: string.Empty, body: BinaryData.FromString(input),
            dequeueCount: 1, nextVisibleOn: now, insertedOn: now, expiresOn: DateTimeOffset.MaxValue);
    }

    private sealed record AdminRunRequest(string? Input);
}
