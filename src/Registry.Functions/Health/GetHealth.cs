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
public sealed partial class GetHealth(ResidencyGuard residency, DependencyProbe probe, HealthReader reader, ILogger<GetHealth> logger)
{
    [Function(nameof(GetHealth))]
    [ForAnyone(HandlesPersonalData = false)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request,
        CancellationToken cancellationToken) =>
        await (await reader.ReadAsync(request, cancellationToken)).ThenAsync(async detail =>
        {
            var dependencies = await probe.CheckAsync(cancellationToken);
            var healthy = residency.Verdict.Compliant && dependencies.All(d => d.Status == "ok");
            var status = healthy ? "healthy" : "unhealthy";
            if (!healthy)
            {
                LogUnhealthy(logger, residency.Verdict.Compliant, dependencies.Count(d => d.Status != "ok"));
            }

            return new JsonBodyResult(healthy ? 200 : 503, detail
                ? new HealthDetail(status, new ResidencyDetail(residency.Verdict.Compliant, residency.Verdict.Checks.Select(c => new ResidencyCheckDetail(c.Name, c.Found, c.Passed)).ToList()),
                    dependencies.Select(d => new DependencyDetail(d.Name, d.Status)).ToList())
                : new HealthStatus(status));
        });

    [LoggerMessage(Level = LogLevel.Error, Message = "Health: unhealthy (residency check passed: {ResidencyPassed}, dependencies failing: {DependenciesFailing})")]
    private static partial void LogUnhealthy(ILogger logger, bool residencyPassed, int dependenciesFailing);
}

/// <summary>What anyone learns: <c>healthy</c> or <c>unhealthy</c>.</summary>
public sealed record HealthStatus(string Status);

/// <summary>What staff learn besides: the residency checks and each dependency's state.</summary>
public sealed record HealthDetail(string Status, ResidencyDetail Residency, IReadOnlyList<DependencyDetail> Dependencies);

public sealed record ResidencyDetail(bool Compliant, IReadOnlyList<ResidencyCheckDetail> Checks);

public sealed record ResidencyCheckDetail(string Name, string Found, bool Passed);

public sealed record DependencyDetail(string Name, string Status);
