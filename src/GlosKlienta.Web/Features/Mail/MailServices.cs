
namespace GlosKlienta.Web.Features.Mail;

public static class MailServices
{
    public static IServiceCollection AddMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SmtpOptions>(configuration.GetSection("Smtp"));
        services.Configure<ReminderOptions>(configuration.GetSection("Reminders"));
        services.AddSingleton<IMailSender, SmtpMailSender>();
        services.AddHostedService<ReminderService>();
        return services;
    }
}
