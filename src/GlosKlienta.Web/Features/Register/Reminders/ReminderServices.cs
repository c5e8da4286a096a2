using GlosKlienta.Web.Features.Mail;

namespace GlosKlienta.Web.Features.Register.Reminders;

public static class ReminderServices
{
    public static IServiceCollection AddRegisterReminders(this IServiceCollection services)
    {
        services.AddSingleton<TermReminderRunner>();
        services.AddSingleton<IReminder>(s => s.GetRequiredService<TermReminderRunner>());
        return services;
    }
}
