using Registry.DevHost;
using Registry.Functions;

var options = DevHostOptions.ForAssembly(
    typeof(FunctionsServiceCollectionExtensions).Assembly,
    (services, configuration) => services.AddRegistryFunctions(configuration));
var app = DevHostApplication.CreateBuilder(args, options).Build();
app.MapDevHost();
app.Run();
