namespace GlosKlienta.Web.Features.RawData;

public static class RawDataServices
{
    public static IServiceCollection AddRawData(this IServiceCollection services)
    {
        services.AddScoped<RawDataExport>();
        services.AddScoped<RawDataImport>();
        return services;
    }
}
