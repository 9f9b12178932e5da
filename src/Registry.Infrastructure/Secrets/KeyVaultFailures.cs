using Azure;
using Azure.Identity;

namespace Registry.Infrastructure.Secrets;

/// <summary>
/// Turns the ways a Key Vault call fails (an error status, no answer, no token) into one
/// <see cref="KeyVaultSecretException"/> with a reason an operator can act on.
/// </summary>
internal static class KeyVaultFailures
{
    /// <summary>True for failures of the vault or the path to it, which a later attempt may not repeat.</summary>
    public static bool IsClassified(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        RequestFailedException or AuthenticationFailedException => true,

        // Azure.Core's network timeout; our own cancellation is not a failure of the vault.
        OperationCanceledException => !cancellationToken.IsCancellationRequested,

        // The retry policy wraps the last attempts' transport failures.
        AggregateException aggregate => aggregate.InnerExceptions.All(inner => IsClassified(inner, cancellationToken)),
        _ => false,
    };

    public static KeyVaultSecretException Describe(Uri vault, string secretName, Exception exception) =>
        new(vault, secretName, Reason(exception), exception);

    private static string Reason(Exception exception) => exception switch
    {
        RequestFailedException { Status: 0 } => "no answer (network failure)",
        RequestFailedException { Status: 401 or 403 } failed =>
            $"access denied (status {failed.Status}, {failed.ErrorCode}); the app's identity needs the Key Vault Secrets User role, and a disabled current version also answers 403",
        RequestFailedException { Status: 404 } => "it does not exist (run scripts/new-keyvault-secrets.sh)",
        RequestFailedException failed => $"status {failed.Status} ({failed.ErrorCode})",
        AuthenticationFailedException => "the app's identity got no token (check AZURE_CLIENT_ID and the managed identity)",
        OperationCanceledException => "no answer within the network timeout",
        AggregateException aggregate => Reason(aggregate.InnerExceptions[^1]) + $" after {aggregate.InnerExceptions.Count} attempts",
        _ => exception.GetType().Name,
    };
}
