using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Registry.Functions.Http;
using Registry.Infrastructure.Health;
using Registry.Residency;

namespace Registry.Functions.Health;

/// <summary>
/// <c>GET /api/health</c>: each dependency and the residency verdict (D8), without personal data.
/// 200 when the instance may handle personal data and every dependency answers; 503 otherwise.
/// </summary>
public sealed class GetHealth(ResidencyGuard residency, DependencyProbe probe)
{
    [Function(nameof(GetHealth))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var dependencies = await probe.CheckAsync(cancellationToken);
        var healthy = residency.Verdict.Compliant && dependencies.All(d => d.Status == "ok");
        return new JsonBodyResult(healthy ? 200 : 503, new
        {
            status = healthy ? "healthy" : "unhealthy",
            residency = new
            {
                compliant = residency.Verdict.Compliant,
                checks = residency.Verdict.Checks.Select(c => new { name = c.Name, found = c.Found, passed = c.Passed }),
            },
            dependencies = dependencies.Select(d => new { name = d.Name, status = d.Status }),
        });
    }
}
