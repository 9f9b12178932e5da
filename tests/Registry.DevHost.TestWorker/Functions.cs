using Azure.Storage.Queues.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Registry.DevHost.TestWorker;

/// <summary>An HTTP function with a route value: answers the value it was given.</summary>
public static class Echo
{
    [Function(nameof(Echo))]
    public static IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "items/{id}")] HttpRequest request, string id) =>
        new ContentResult { Content = $"item {id}", ContentType = "text/plain", StatusCode = StatusCodes.Status200OK };
}

/// <summary>A queue function that always fails: its messages end in the poison queue.</summary>
public static class AlwaysFails
{
    [Function(nameof(AlwaysFails))]
    public static void Run([QueueTrigger("%TestFailingQueue%")] string message) =>
        throw new InvalidOperationException("This function always fails.");
}

/// <summary>A queue function that fails on a message's first delivery and records the later one.</summary>
public static class FailsOnce
{
    [Function(nameof(FailsOnce))]
    public static async Task Run([QueueTrigger("%TestFlakyQueue%")] QueueMessage message, CancellationToken cancellationToken)
    {
        if (message.DequeueCount == 1)
        {
            throw new InvalidOperationException("First delivery fails.");
        }

        await Outbox.WriteAsync("flaky", $"{message.MessageText}|{message.DequeueCount}", cancellationToken);
    }
}

/// <summary>A queue function that records each message it gets (the admin API runs it with an input).</summary>
public static class Records
{
    [Function(nameof(Records))]
    public static Task Run([QueueTrigger("%TestRecordQueue%")] string message, CancellationToken cancellationToken) =>
        Outbox.WriteAsync("record", message, cancellationToken);
}

/// <summary>A timer function that records the schedule status it was given.</summary>
public static class Ticks
{
    [Function(nameof(Ticks))]
    public static Task Run([TimerTrigger("%TestTickSchedule%")] TimerInfo timer, CancellationToken cancellationToken) =>
        Outbox.WriteAsync("tick", timer.ScheduleStatus is { } status ? $"{status.Last:O}|{status.Next:O}" : "no-status", cancellationToken);
}
