using GlosKlienta.Web.Features.Mail;

namespace GlosKlienta.Web.Features.Directory;

public static class DirectoryServices
{
    public static IServiceCollection AddDirectory(this IServiceCollection services)
    {
        services.AddScoped<DirectoryStore>();
        services.AddScoped<Boards>();
        services.AddScoped<PrintStatus>();
        services.AddSingleton<ReprintReminderRunner>();
        services.AddSingleton<IReminder>(s => s.GetRequiredService<ReprintReminderRunner>());
        return services;
    }
}
