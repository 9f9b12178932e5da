using Microsoft.Extensions.Configuration;
using Registry.DevHost.Configuration;

namespace Registry.DevHost.Tests.Configuration;

public sealed class AppSettingExpressionTests
{
    private static readonly IConfiguration Settings = new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["Registry:Retention:PurgeSchedule"] = "0 30 0 * * *", ["Env"] = "dev" })
        .Build();

    [Theory]
    [InlineData("%Registry:Retention:PurgeSchedule%", "0 30 0 * * *")]
    [InlineData("orders-%Env%", "orders-dev")]
    [InlineData("subject-requests", "subject-requests")]
    public void Resolve_Expression_ReplacesSettings(string expression, string expected) =>
        Assert.Equal(expected, AppSettingExpression.Resolve(expression, Settings));

    [Fact]
    public void Resolve_MissingSetting_FailsNamingIt()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => AppSettingExpression.Resolve("%Missing:Queue%", Settings));

        Assert.Contains("Missing:Queue", failure.Message, StringComparison.Ordinal);
    }
}
