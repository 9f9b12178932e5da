using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Registry.Infrastructure.Identity;
using Registry.Letters;
using Registry.Letters.Delivery;

namespace Registry.Infrastructure.Letters;

/// <summary>The letter store, the outbound-mail queue and the transport <c>Registry:Letters:Transport</c> names.</summary>
public static class LetterServiceCollectionExtensions
{
    public static IServiceCollection AddRegistryLetterAdapters(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LetterTransportOptions>().BindConfiguration(LetterTransportOptions.Section)
            .Validate(o => o.IsValid(), "Registry:Letters: Transport is Folder (with Folder) or AcsEmail (with an https AcsEndpoint and From).")
            .ValidateOnStart();
        services.AddSingleton<ILetterStore, TableLetterStore>();
        services.AddSingleton<QueueOutboundMail>();
        services.AddSingleton<IOutboundMail>(sp => sp.GetRequiredService<QueueOutboundMail>());
        services.AddSingleton<ILetterQueue>(sp => sp.GetRequiredService<QueueOutboundMail>());
        if (string.Equals(configuration[$"{LetterTransportOptions.Section}:Transport"], "AcsEmail", StringComparison.Ordinal))
        {
            // One long-lived client whose connections are renewed, so DNS changes are seen.
            services.AddSingleton<ILetterTransport>(sp => new AcsEmailTransport(
                new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(10) }) { Timeout = TimeSpan.FromSeconds(30) },
                RegistryCredential.Create(configuration),
                sp.GetRequiredService<IOptions<LetterTransportOptions>>()));
        }
        else
        {
            services.AddSingleton<ILetterTransport, FolderLetterTransport>();
        }

        return services;
    }
}
