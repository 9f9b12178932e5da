using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Registry.Audit;
using Registry.Functions.Http;

namespace Registry.Functions.Staff;

/// <summary>
/// The gate of every staff endpoint: a bearer token (never a client signature), the role, then the handler,
/// which must write its audit entry before answering; a success without one is a bug and answers 500.
/// </summary>
public sealed class StaffEndpoint(HttpEndpoint endpoint, StaffAuthenticator authenticator, IAuditLog audit, IAuditReasons reasons, TimeProvider time)
{
    public Task<IActionResult> RunAsync(string function, HttpRequest request, string role, Func<StaffCall, Task<IActionResult>> handle, CancellationToken cancellationToken) =>
        endpoint.RunAsync(function, async () =>
        {
            var (principal, problem) = await authenticator.AuthenticateAsync(request, role, cancellationToken);
            if (principal is null)
            {
                return problem!;
            }

            var call = new StaffCall(function, principal, request, audit, reasons, time);
            var result = await handle(call);
            if (IsSuccess(result) && !call.Audited)
            {
                throw new InvalidOperationException($"{function} answered without writing its audit entry.");
            }

            return result;
        }, cancellationToken);

    private static bool IsSuccess(IActionResult result) => result is JsonBodyResult { Status: < 400 };
}
