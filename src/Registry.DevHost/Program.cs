using Registry.DevHost;

var app = DevHostApplication.CreateBuilder(args).Build();
app.MapDevHost();
app.Run();
