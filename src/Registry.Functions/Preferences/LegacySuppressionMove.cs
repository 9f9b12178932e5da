using Microsoft.Extensions.Hosting;
using Registry.Infrastructure.Preferences;

namespace Registry.Functions.Preferences;

/// <summary>
/// At every start, in every environment, moves suppression entries left in the pre-issue-18 <c>Suppression</c> table
/// into the e-mail lookup (<see cref="LegacySuppressionCopy"/>): a register stored before keeps every objection, and
/// entries an older instance wrote during a rolling deployment are moved at the next start.
/// </summary>
public sealed class LegacySuppressionMove(LegacySuppressionCopy copy) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => copy.MoveAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
