
namespace GlosKlienta.Web.Features.Register;

public static class RegisterServices
{
    public static IServiceCollection AddRegister(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RegisterOptions>(configuration.GetSection("Register"));
        services.AddScoped<CaseRegistration>();
        services.AddScoped<CaseChanges>();
        return services;
    }
}
