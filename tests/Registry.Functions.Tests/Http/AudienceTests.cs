using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Registry.Clients.Grants;
using Registry.Functions.Http;
using Registry.Functions.Staff;
using Registry.Functions.Tests.Support;
using Registry.Testing.Azurite;

namespace Registry.Functions.Tests.Http;

/// <summary>
/// Default deny at the edge: <see cref="HttpEdgeMiddleware"/> refuses an HTTP function that declares no audience, so
/// every HTTP function the worker reports must declare one ([ForClients], [ForStaff] or [ForAnyone]).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AudienceTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task EveryHttpFunctionTheWorkerReports_DeclaresAnAudience()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        var byName = typeof(HttpEdgeMiddleware).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetMethods())
            .Where(m => m.GetCustomAttribute<FunctionAttribute>() is not null)
            .ToDictionary(m => m.GetCustomAttribute<FunctionAttribute>()!.Name);

        var functions = app.HttpRoutes.Select(r => r.Function).Distinct().ToList();

        Assert.Contains("IngestOrder", functions);
        Assert.All(functions, function =>
        {
            var method = byName[function];
            Assert.True(
                FunctionAudiences.Find(method.DeclaringType!.Assembly, $"{method.DeclaringType.FullName}.{method.Name}") is not null,
                $"{function} declares no audience: the edge refuses it");
        });
    }

    [Fact]
    public void Find_MethodWithoutAudience_IsNull()
    {
        Assert.Null(FunctionAudiences.Find(typeof(AudienceTests).Assembly, $"{typeof(Samples).FullName}.{nameof(Samples.Undeclared)}"));
        Assert.Null(FunctionAudiences.Find(typeof(AudienceTests).Assembly, "No.Such.Function"));
    }

    [Fact]
    public void Find_DeclaredAudience_IsWhatTheMethodDeclares()
    {
        var staff = FunctionAudiences.Find(typeof(AudienceTests).Assembly, $"{typeof(Samples).FullName}.{nameof(Samples.Staff)}");
        var clients = FunctionAudiences.Find(typeof(AudienceTests).Assembly, $"{typeof(Samples).FullName}.{nameof(Samples.Clients)}");

        Assert.Equal(StaffRoles.PrivacyOfficer, Assert.IsType<ForStaffAttribute>(staff).Role);
        Assert.Equal(ClientOperation.Audiences, Assert.IsType<ForClientsAttribute>(clients).Operation);
        Assert.True(Assert.IsType<ForClientsAttribute>(clients).SignsTarget);
    }

    public static class Samples
    {
        public static void Undeclared()
        {
        }

        [ForStaff(StaffRoles.PrivacyOfficer)]
        public static void Staff()
        {
        }

        [ForClients(ClientOperation.Audiences, SignsTarget = true)]
        public static void Clients()
        {
        }
    }
}
