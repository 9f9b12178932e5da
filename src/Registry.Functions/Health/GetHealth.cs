using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Registry.Functions.Http;
using Registry.Infrastructure.Health;
using Registry.Residency;

namespace Registry.Functions.Health;

/// <summary>
/// <c>GET /api/health</c>: 200 <c>healthy</c> when the instance may handle personal data (D8) and every dependency
/// answers, 503 <c>unhealthy</c> otherwise. Anyone may ask, so that is all an anonymous caller learns; the residency
/// checks and the dependencies (which name the storage and Key Vault hosts) need a staff token (<see cref="HealthReader"/>).
/// </summary>
public sealed class GetHealth(HttpEndpoint endpoint, ResidencyGuard residency, DependencyProbe probe, HealthReader reader)
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
}
