using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Registry.DevHost.Catalog;
using Registry.DevHost.Tests.TestFunctions;

namespace Registry.DevHost.Tests.Catalog;

public sealed class FunctionCatalogTests
{
    [Fact]
    public void FromTypes_HttpFunction_ReadsRouteAndUpperCaseMethods()
    {
        var catalog = FunctionCatalog.FromTypes([typeof(BillingFunction)]);

        var function = Assert.Single(catalog.Functions);
        Assert.Equal("SetBilling", function.Name);
        var http = Assert.IsType<HttpTriggerDefinition>(function.Trigger);
        Assert.Equal("orders/{orderId}/billing", http.Route);
        Assert.Equal(["POST", "PUT"], http.Methods);
    }

    [Fact]
    public void FromTypes_HttpFunctionWithoutRoute_UsesFunctionNameAndAllMethods()
    {
        var http = Assert.IsType<HttpTriggerDefinition>(FunctionCatalog.FromTypes([typeof(PingFunction)]).Functions[0].Trigger);

        Assert.Equal("Ping", http.Route);
        Assert.Empty(http.Methods);
    }

    [Fact]
    public void FromTypes_QueueFunctionWithoutConnection_UsesAzureWebJobsStorage()
    {
        var queue = Assert.IsType<QueueTriggerDefinition>(FunctionCatalog.FromTypes([typeof(BytesPayloadFunction)]).Functions[0].Trigger);

        Assert.Equal("AzureWebJobsStorage", queue.Connection);
        Assert.Equal($"%{BytesPayloadFunction.QueueSetting}%", queue.QueueNameExpression);
    }

    [Fact]
    public void Find_NameInOtherCase_FindsFunction() =>
        Assert.NotNull(FunctionCatalog.FromTypes([typeof(PingFunction)]).Find("PING"));

    [Theory]
    [InlineData(typeof(TakesFunctionContext), "FunctionContext")]
    [InlineData(typeof(HasOutputBinding), "output binding")]
    [InlineData(typeof(BindsUnknownRouteValue), "customerId")]
    [InlineData(typeof(BindsHttpRequestData), "HttpRequest")]
    public void FromTypes_FunctionBreakingTheD3Rule_FailsWithReason(Type type, string reason)
    {
        var failure = Assert.Throws<InvalidOperationException>(() => FunctionCatalog.FromTypes([type]));

        Assert.Contains(reason, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromTypes_TwoFunctionsWithOneName_Fails() =>
        Assert.Throws<InvalidOperationException>(() => FunctionCatalog.FromTypes([typeof(PingFunction), typeof(AnotherPing)]));

    public static class TakesFunctionContext
    {
        [Function("WithContext")]
        public static void Run([TimerTrigger("0 * * * * *")] TimerInfo timer, FunctionContext context)
        {
        }
    }

    public static class HasOutputBinding
    {
        [Function("WithOutput")]
        [QueueOutput("out")]
        public static string Run([TimerTrigger("0 * * * * *")] TimerInfo timer) => "message";
    }

    public static class BindsUnknownRouteValue
    {
        [Function("UnknownRouteValue")]
        public static void Run([HttpTrigger(AuthorizationLevel.Anonymous, Route = "orders/{orderId}")] HttpRequest req, string customerId)
        {
        }
    }

    public static class BindsHttpRequestData
    {
        [Function("RequestData")]
        public static void Run([HttpTrigger(AuthorizationLevel.Anonymous)] string req)
        {
        }
    }

    public static class AnotherPing
    {
        [Function("ping")]
        public static void Run([TimerTrigger("0 * * * * *")] TimerInfo timer)
        {
        }
    }
}
