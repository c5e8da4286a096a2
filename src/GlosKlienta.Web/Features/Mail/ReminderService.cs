using Microsoft.Extensions.Options;

namespace GlosKlienta.Web.Features.Mail;

/// <summary>Runs every <see cref="IReminder"/> on start and then at every interval, on the injected clock.</summary>
public sealed class ReminderService(IEnumerable<IReminder> reminders, TimeProvider time, IOptions<ReminderOptions> options, ILogger<ReminderService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, time);
        do
        {
            foreach (var reminder in reminders)
            {
                try
                {
                    await reminder.RunOnceAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A failed look must not stop the others or the next one; what was not recorded is tried again.
                    logger.LogError(e, "Reminder {Reminder} failed", reminder.GetType().Name);
                }
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
