
namespace GlosKlienta.Web.Features.Register;

public static class RegisterServices
{
    public static IServiceCollection AddRegister(this IServiceCollection services)
    {
        services.AddScoped<CaseRegistration>();
        services.AddScoped<CaseChanges>();
        return services;
    }
}
