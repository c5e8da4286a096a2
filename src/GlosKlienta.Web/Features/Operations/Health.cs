using System.Text.Json;
using GlosKlienta.Web.Features.Survey;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace GlosKlienta.Web.Features.Operations;

public sealed class HealthOptions
{
    /// <summary>How long one batch of the survey writer may take before the instance is reported not ready.</summary>
    public int WriterStallSeconds { get; set; } = 60;
}

/// <summary>
/// The probes a reverse proxy, systemd or a monitor asks: <see cref="LivePath"/> (the process answers) and
/// <see cref="ReadyPath"/> (the database can be read, its schema is the one this build expects, and the survey writer
/// can store). Both are anonymous, never rate limited, and say only names and states: no data, no exception text.
/// They are answered before anything else in the pipeline (security headers read the office from the database; a probe
/// must answer when the database does not).
/// </summary>
public static class Health
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    private const string Ready = "ready";

    public static IServiceCollection AddHealthProbes(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<HealthOptions>(configuration.GetSection("Health"));
        services.AddHealthChecks()
            .AddCheck<DatabaseCheck>("database", tags: [Ready], timeout: TimeSpan.FromSeconds(10))
            .AddCheck<SurveyWriterCheck>("survey-writer", tags: [Ready]);
        return services;
    }

    public static IApplicationBuilder UseHealthProbes(this IApplicationBuilder app)
    {
        app.UseHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        app.UseHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = WriteAsync });
        return app;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body), context.RequestAborted);
    }
}

/// <summary>The database answers and every migration of this build is applied (an instance on an older or newer schema is not ready).</summary>
public sealed class DatabaseCheck(AppDbContext db, ILogger<DatabaseCheck> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            // On SQLite this only looks for the file: a missing one is not created by the probe.
            if (!await db.Database.CanConnectAsync(cancellationToken))
                return HealthCheckResult.Unhealthy("The database cannot be reached.");
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
            return pending == 0
                ? HealthCheckResult.Healthy("The database answers and its schema is up to date.")
                : HealthCheckResult.Unhealthy(string.Create(CultureInfo.InvariantCulture, $"{pending} migration(s) not applied."));
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The reason goes to the log, not to whoever asked.
            logger.LogWarning(e, "Readiness: the database cannot be read");
            return HealthCheckResult.Unhealthy("The database cannot be read.");
        }
    }
}

public sealed class SurveyWriterCheck(ResponseWriter writer, IOptions<HealthOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(writer.Liveness(TimeSpan.FromSeconds(options.Value.WriterStallSeconds)) switch
        {
            WriterLiveness.Alive => HealthCheckResult.Healthy("The survey writer is running."),
            WriterLiveness.Stopped => HealthCheckResult.Unhealthy("The survey writer has stopped."),
            WriterLiveness.Stalled => HealthCheckResult.Unhealthy("The survey writer has been writing one batch for too long."),
            _ => throw new ArgumentOutOfRangeException(nameof(context)),
        });
}
