using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Registry.Functions.Http;

/// <summary>A JSON answer with a status code, written without MVC's formatters so both hosts execute it alike.</summary>
public sealed class JsonBodyResult(int status, object body) : IActionResult
{
    /// <summary>The request options, with enums as their wire names (<see cref="WireNameEnums"/>).</summary>
    public static readonly System.Text.Json.JsonSerializerOptions ResponseOptions = new(RequestJson.Options) { Converters = { new WireNameEnums() } };

    public int Status => status;

    public object Body => body;

    public Task ExecuteResultAsync(ActionContext context)
    {
        context.HttpContext.Response.StatusCode = status;
        return context.HttpContext.Response.WriteAsJsonAsync(body, body.GetType(), ResponseOptions, context.HttpContext.RequestAborted);
    }
}
