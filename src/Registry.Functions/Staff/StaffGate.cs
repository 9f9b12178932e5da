using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Registry.Audit;
using Registry.Functions.Http;

namespace Registry.Functions.Staff;

/// <summary>
/// The gate of every <see cref="ForStaffAttribute"/> function, run by <see cref="HttpEdgeMiddleware"/>: a bearer token
/// (never a client signature) with the declared role, then the function with its <see cref="StaffCall"/>, which must
/// write its audit entry before answering; a success without one is a bug and answers 500.
/// </summary>
public sealed class StaffGate(StaffAuthenticator authenticator, IAuditLog audit, IAuditReasons reasons, TimeProvider time)
{
    public async Task<IActionResult> RunAsync(
        FunctionContext context, HttpRequest request, ForStaffAttribute audience, Func<Task<IActionResult>> function, CancellationToken cancellationToken) =>
        await (await authenticator.AuthenticateAsync(request, audience.Role, cancellationToken)).ThenAsync(async principal =>
        {
            var call = new StaffCall(context.FunctionDefinition.Name, principal, request, audit, reasons, time);
            call.Store(context);
            var result = await function();
            return result is JsonBodyResult { Status: < 400 } && !call.Audited
                ? throw new InvalidOperationException($"{context.FunctionDefinition.Name} answered without writing its audit entry.")
                : result;
        });
}
