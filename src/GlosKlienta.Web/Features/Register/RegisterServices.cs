
namespace GlosKlienta.Web.Features.Register;

public static class RegisterServices
{
    public static IServiceCollection AddRegister(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RegisterOptions>(configuration.GetSection("Register"));
        services.Configure<UploadQuotaOptions>(configuration.GetSection("Register:Uploads"));
        services.AddSingleton<UploadQuota>();
        services.AddScoped<IUploadAdmission, Public.PublicUploadAdmission>();
        services.AddScoped<CaseRegistration>();
        services.AddScoped<CaseChanges>();
        services.AddOptions<RegisterOptions>()
            .Validate(o => o.RetentionValid(), "Register:Retention and Register:DefaultRetention take JRWA categories: A, B5, B10, BE5 ...")
            .ValidateOnStart();
        services.AddScoped<Disposal.CaseErasing>();
        return services;
    }
}
