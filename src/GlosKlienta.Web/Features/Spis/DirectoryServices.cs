namespace GlosKlienta.Web.Features.Spis;

public static class DirectoryServices
{
    public static IServiceCollection AddDirectory(this IServiceCollection services)
    {
        services.AddScoped<DirectoryStore>();
        services.AddScoped<Boards>();
        services.AddScoped<PrintStatus>();
        return services;
    }
}
