using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Registry.Privacy.Classification;

namespace Registry.Functions.Logging;

/// <summary>
/// Redaction of classified log values (D9). A <c>[LoggerMessage]</c> parameter marked
/// <see cref="PersonalDataAttribute"/> is erased before any logging provider sees it; the register's
/// pseudonymous identifiers stay readable, because they are what an operator follows a request by.
/// Any other classification (another taxonomy, an unknown class) is erased too: the safe default.
/// </summary>
public static class LogRedactionServiceCollectionExtensions
{
    public static IServiceCollection AddRegistryLogRedaction(this IServiceCollection services)
    {
        services.AddRedaction(redaction => redaction
            .SetRedactor<ErasingRedactor>(new DataClassificationSet(RegistryTaxonomy.PersonalData))
            .SetRedactor<NullRedactor>(new DataClassificationSet(RegistryTaxonomy.Pseudonymous))
            .SetFallbackRedactor<ErasingRedactor>());

        // Without the discriminator (the tag name appended before redacting, for keyed-hash redactors) an
        // identifier reads as itself, so an operator can search for it.
        services.AddLogging(logging => logging.EnableRedaction(options => options.ApplyDiscriminator = false));
        return services;
    }
}
