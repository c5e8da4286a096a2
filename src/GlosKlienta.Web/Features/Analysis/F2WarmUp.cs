using System.Diagnostics;

namespace GlosKlienta.Web.Features.Analysis;

/// <summary>
/// Warms the F2 at start: once the application is up, computes the figures of the half-year the
/// dashboard opens on, which <see cref="F2FiguresCache"/> keeps while the data is unchanged. The
/// first person to open the dashboard or the protocol then gets them without a pass over the
/// responses (about 1 s over a million, see docs/benchmarks.md), and the code and the database file
/// are warm for other periods. Skipped for small databases, where there is nothing to warm.
/// </summary>
public sealed class F2WarmUp(IServiceScopeFactory scopes, OfficeProfileProvider office, TimeProvider time, ILogger<F2WarmUp> logger) : BackgroundService
{
    /// <summary>Below this many stored responses an F2 is quick anyway.</summary>
    public const int MinimumResponses = 50_000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(2), time, stoppingToken);
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            if (!await db.SurveyResponses.OrderBy(r => r.Id).Skip(MinimumResponses - 1).AnyAsync(stoppingToken)) return;
            var figures = scope.ServiceProvider.GetRequiredService<F2FiguresService>();
            var period = await figures.LastCompleteWithDataAsync((await office.GetAsync(stoppingToken)).Today(time), stoppingToken);
            var clock = Stopwatch.StartNew();
            await figures.ComputeAsync(period, null, stoppingToken);
            logger.LogInformation("F2 figures of {Period} warmed at start in {Milliseconds} ms", period, clock.ElapsedMilliseconds);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is InvalidOperationException or DbUpdateException or System.Data.Common.DbException)
        {
            // No approved version yet, or the database is busy: the first F2 is then simply computed cold.
            logger.LogInformation(e, "The F2 was not warmed at start");
        }
    }
}
