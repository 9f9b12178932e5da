using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Registry.Functions.Http;
using Registry.Infrastructure.Health;
using Registry.Residency;

namespace Registry.Functions.Health;

/// <summary>
/// <c>GET /api/health</c>: 200 <c>healthy</c> when the instance may handle personal data (D8) and every dependency
/// answers, 503 <c>unhealthy</c> otherwise. Anyone may ask, so that is all an anonymous caller learns; the residency
/// checks and the dependencies (which name the storage and Key Vault hosts) need a staff token (<see cref="HealthReader"/>).
/// An unhealthy answer is logged with counts only; the residency alert reads that line (docs/operations.md).
/// </summary>
public sealed partial class GetHealth(HttpEndpoint endpoint, ResidencyGuard residency, DependencyProbe probe, HealthReader reader, ILogger<GetHealth> logger)
{
    [Function(nameof(GetHealth))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request,
        CancellationToken cancellationToken) =>
        endpoint.AnswerAsync(nameof(GetHealth), async () =>
        {
            var access = await reader.ReadAsync(request, cancellationToken);
            if (access.Refusal is { } refusal)
            {
                return refusal;
            }

            var dependencies = await probe.CheckAsync(cancellationToken);
            var healthy = residency.Verdict.Compliant && dependencies.All(d => d.Status == "ok");
            var status = healthy ? "healthy" : "unhealthy";
            if (!healthy)
            {
                LogUnhealthy(logger, residency.Verdict.Compliant, dependencies.Count(d => d.Status != "ok"));
            }

            return new JsonBodyResult(healthy ? 200 : 503, access.Detail
                ? new
                {
                    status,
                    residency = new
                    {
                        compliant = residency.Verdict.Compliant,
                        checks = residency.Verdict.Checks.Select(c => new { name = c.Name, found = c.Found, passed = c.Passed }),
                    },
                    dependencies = dependencies.Select(d => new { name = d.Name, status = d.Status }),
                }
                : new { status });
        }, cancellationToken);

    [LoggerMessage(Level = LogLevel.Error, Message = "Health: unhealthy (residency check passed: {ResidencyPassed}, dependencies failing: {DependenciesFailing})")]
    private static partial void LogUnhealthy(ILogger logger, bool residencyPassed, int dependenciesFailing);
}
