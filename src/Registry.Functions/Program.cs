using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using Registry.Functions;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.UseRegistryHttpEdge();
builder.Services.AddRegistryFunctions(builder.Configuration);
builder.Build().Run();
