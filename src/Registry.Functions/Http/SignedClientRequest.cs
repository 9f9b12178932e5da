using Microsoft.Azure.Functions.Worker;
using Registry.Clients;

namespace Registry.Functions.Http;

/// <summary>
/// A request whose signature a configured client made and whose webhook-id was claimed (<see cref="SignedClients"/>):
/// the client and the exact bytes it signed (empty for a GET, whose signature covers the request target).
/// </summary>
public sealed record SignedClientRequest(ClientId Client, ReadOnlyMemory<byte> Body)
{
    private const string Key = "Registry.SignedClientRequest";

    /// <summary>The signed body as JSON of <typeparamref name="T"/> (unknown fields dropped); a malformed body names where it broke.</summary>
    public Result<T> Read<T>()
        where T : class
    {
        var body = RequestJson.Read<T>(Body);
        return body.IsValid ? body.Value! : Problems.Validation(body.Errors);
    }

    internal void Store(FunctionContext context) => context.Items[Key] = this;

    /// <summary>The verified request of a <see cref="ForClientsAttribute"/> function; its absence is a bug, not a refusal.</summary>
    internal static SignedClientRequest Of(FunctionContext context) =>
        context.Items.TryGetValue(Key, out var signed) && signed is SignedClientRequest request
            ? request
            : throw new InvalidOperationException($"{context.FunctionDefinition.Name} reads a signed client, but does not declare [ForClients].");
}

/// <summary>How a function bound to a <see cref="FunctionContext"/> reaches what the edge middleware verified.</summary>
public static class FunctionContextEdge
{
    public static SignedClientRequest SignedClient(this FunctionContext context) => SignedClientRequest.Of(context);

    public static Staff.StaffCall StaffCall(this FunctionContext context) => Staff.StaffCall.Of(context);
}
