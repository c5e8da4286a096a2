using GlosKlienta.Web.Features.Actions;
using GlosKlienta.Web.Features.Analysis;
using GlosKlienta.Web.Features.Directory;
using GlosKlienta.Web.Features.Mail;
using GlosKlienta.Web.Features.RawData;
using GlosKlienta.Web.Features.Register;
using GlosKlienta.Web.Features.Register.Reminders;
using GlosKlienta.Web.Features.Results;
using GlosKlienta.Web.Features.Survey;

namespace GlosKlienta.Web;

/// <summary>The one registration of the system's services, shared by the web application and the command line.</summary>
public static class GlosKlientaServices
{
    /// <summary>
    /// The database chosen by configuration, the clock, the office, the audit log and every feature's
    /// services. Each host adds only what is its own: the web application its pages, cookies and the
    /// survey's writer (Program.cs), the command line its account store without sign-in.
    /// Background reminders are registered here but run only where a host starts hosted services.
    /// </summary>
    public static IServiceCollection AddGlosKlienta(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        Features.Operations.OperationsServices.AddAppMetrics(services);
        services.AddAppDatabase(configuration);
        services.AddSingleton<OfficeSeeder>();
        // Words come from the resources for the web and the command line alike (documents, reminders).
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddMemoryCache();
        services.AddSingleton<OfficeProfileProvider>();
        services.AddSingleton<SurveyCatalog>();
        services.AddHttpContextAccessor();
        services.AddScoped<AuditLog>();
        services.AddScoped<GlosKlienta.Web.Features.Paper.BoxOpeningReminder>();
        services.AddScoped<GlosKlienta.Web.Features.Paper.PrintedForms>();
        services.Configure<GlosKlienta.Web.Features.Paper.ScanSettings>(configuration.GetSection("Paper:Scans"));
        services.AddSingleton<GlosKlienta.Web.Features.Paper.ScanReadingQueue>();
        services.AddScoped<GlosKlienta.Web.Features.Paper.ScanBatches>();
        services.AddSingleton<GlosKlienta.Web.Features.Paper.BoxOpeningMailRunner>();
        services.AddSingleton<GlosKlienta.Web.Features.Mail.IReminder>(s => s.GetRequiredService<GlosKlienta.Web.Features.Paper.BoxOpeningMailRunner>());
        services.AddScoped<GlosKlienta.Web.Features.Reception.ReceptionReminder>();
        services.AddMail(configuration);
        services.AddDirectory();
        services.AddRegisterReminders();
        services.AddRegister(configuration);
        services.AddAnalysis(configuration);
        services.AddActions();
        services.AddResults(configuration);
        services.AddRawData();
        services.AddScoped<GlosKlienta.Web.Features.InfoMaterials.AccessibilityStatements>();
        return services;
    }
}
