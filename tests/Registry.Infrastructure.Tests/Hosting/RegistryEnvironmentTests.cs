using Microsoft.Extensions.Configuration;
using Registry.Infrastructure.Hosting;

namespace Registry.Infrastructure.Tests.Hosting;

public class RegistryEnvironmentTests
{
    [Theory]
    [InlineData("Development")]
    [InlineData("development")]
    [InlineData("DEVELOPMENT ")]
    public void IsDevelopment_OffAzure_AnyLetterCase(string name) =>
        Assert.True(RegistryEnvironment.IsDevelopment(Settings(("AZURE_FUNCTIONS_ENVIRONMENT", name))));

    [Theory]
    [InlineData("WEBSITE_INSTANCE_ID", "5e1c9ad0c3f2")]
    [InlineData("WEBSITE_SITE_NAME", "func-reg-prod")]
    [InlineData("WEBSITE_OWNER_NAME", "0000-0000+rg-registry-WestEuropewebspace")]
    [InlineData("WEBSITE_DEPLOYMENT_ID", "func-reg-prod")]
    [InlineData("WEBSITE_HOSTNAME", "func-reg-prod.azurewebsites.net")]
    public void IsDevelopment_InAzure_IsFalseWhateverTheEnvironmentSays(string marker, string value)
    {
        var settings = Settings(("AZURE_FUNCTIONS_ENVIRONMENT", "Development"), (marker, value));

        Assert.True(RegistryEnvironment.IsAzure(settings));
        Assert.False(RegistryEnvironment.IsDevelopment(settings));
    }

    [Theory]
    [InlineData("localhost:7071")]
    [InlineData("127.0.0.1:7071")]
    [InlineData("[::1]:7071")]
    public void IsAzure_CoreToolsLoopbackHostName_IsNotAzure(string host) =>
        Assert.False(RegistryEnvironment.IsAzure(Settings(("WEBSITE_HOSTNAME", host))));

    [Theory]
    [InlineData(null)]
    [InlineData("Production")]
    [InlineData("Dev")]
    public void IsDevelopment_OtherNames_IsFalse(string? name) =>
        Assert.False(RegistryEnvironment.IsDevelopment(Settings(("AZURE_FUNCTIONS_ENVIRONMENT", name))));

    private static IConfiguration Settings(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
