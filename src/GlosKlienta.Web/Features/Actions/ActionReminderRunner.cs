using GlosKlienta.Domain.Actions;
using GlosKlienta.Domain.Reminders;
using GlosKlienta.Domain.Staff;
using GlosKlienta.Web.Features.Mail;
using Microsoft.Extensions.Options;

namespace GlosKlienta.Web.Features.Actions;

/// <summary>An open action whose due date needs a reminder today.</summary>
public sealed record ActionAlert(int ActionId, string Number, string What, string Owner, int? OwnerPostId, DateOnly Due, int DaysLeft, string Threshold);

/// <summary>
/// Reminds the owner (the owning post's e-mail) and the Pełnomocnik ds. SZJ of actions due soon and of overdue ones,
/// once per action, due date and threshold (the days of <c>Reminders:DaysBefore</c>, and once when late); the staff home
/// shows the same whether or not e-mail is on.
/// </summary>
public sealed class ActionReminderRunner(
    IServiceScopeFactory scopes,
    IMailSender mail,
    DatabaseSettings database,
    OfficeProfileProvider office,
    TimeProvider time,
    IOptions<ReminderOptions> options,
    ILogger<ActionReminderRunner> logger) : SerialReminder(mail, database, time, logger)
{
    public static async Task<IReadOnlyList<ActionAlert>> AlertsAsync(AppDbContext db, DateOnly today, IReadOnlyList<int> daysBefore, CancellationToken cancellationToken)
    {
        var horizon = today.AddDays(daysBefore.DefaultIfEmpty(0).Max());
        var open = await db.QualityActions.AsNoTracking()
            .Where(a => (a.Status == ActionStatus.Planned || a.Status == ActionStatus.InProgress) && a.Due <= horizon)
            .Select(a => new { a.Id, a.What, a.OwnerName, a.OwnerPostId, a.Due, a.Status })
            .ToListAsync(cancellationToken);
        return open
            .Select(a => (a, threshold: ActionRules.Reminder(a.Status, a.Due, today, daysBefore)))
            .Where(x => x.threshold is not null)
            .Select(x => new ActionAlert(x.a.Id, ActionNumbers.Format(x.a.Id), x.a.What, x.a.OwnerName, x.a.OwnerPostId, x.a.Due, TermWarning.DaysLeft(today, x.a.Due), x.threshold!))
            .OrderBy(a => a.Due).ThenBy(a => a.ActionId)
            .ToList();
    }

    protected override async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = (await office.GetAsync(cancellationToken)).Today(Time);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var alerts = await AlertsAsync(db, today, options.Value.DaysBefore, cancellationToken);
        if (alerts.Count == 0) return 0;
        var ids = alerts.Select(a => a.ActionId).ToList();
        var given = (await db.ActionReminders.AsNoTracking().Where(r => ids.Contains(r.QualityActionId)).Select(r => new { r.QualityActionId, r.DueOn, r.Threshold }).ToListAsync(cancellationToken))
            .Select(r => (r.QualityActionId, r.DueOn, r.Threshold)).ToHashSet();
        var representatives = await MailRecipients.OfRoleAsync(db, Roles.PelnomocnikSzj, cancellationToken);
        var recorded = 0;
        foreach (var alert in alerts.Where(a => !given.Contains((a.ActionId, a.Due, a.Threshold))))
        {
            var to = new List<string>(representatives);
            if (alert.OwnerPostId is { } postId
                && await db.Posts.AsNoTracking().Where(p => p.Id == postId).Select(p => p.Email).FirstOrDefaultAsync(cancellationToken) is { Length: > 0 } owner)
                to.Add(owner);
            to = to.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var record = new ActionReminder
            {
                QualityActionId = alert.ActionId,
                DueOn = alert.Due,
                Threshold = alert.Threshold,
                CreatedAt = Time.GetUtcNow(),
            };
            if (await TellOnceAsync(db, [record], to.Count > 0, () => Message(alert, to), at => (record.EmailedAt, record.Recipients) = (at, to.Count),
                    $"Action reminder {alert.Threshold} for {alert.Number}", cancellationToken))
                recorded++;
        }
        if (recorded > 0) Logger.LogInformation("Recorded {Count} action reminders", recorded);
        return recorded;
    }


    /// <summary>The action's number, what is to be done, its owner, the due date and a link.</summary>
    public MailMessage Message(ActionAlert alert, IReadOnlyList<string> to)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var due = PolishDates.Day(alert.Due);
        var when = MailRecipients.When(alert.DaysLeft, alert.Due);
        var subject = alert.DaysLeft < 0 ? $"Działanie {alert.Number}: termin minął" : $"Działanie {alert.Number}: termin {due}";
        var body = string.Join("\n",
            $"Termin działania {alert.Number} {when}.",
            "",
            $"Co: {Register.Reminders.TermReminderRunner.Shorten(alert.What, 200)}",
            $"Odpowiada: {alert.Owner}",
            $"Działanie w rejestrze: {options.Value.Link(ActionPaths.Action(alert.ActionId))}",
            "",
            alert.DaysLeft < 0
                ? "Działanie nie zostało zrealizowane w terminie. Odnotuj w rejestrze, co zrobiono, albo uzgodnij z Pełnomocnikiem ds. SZJ dalszy tok."
                : "Po realizacji odnotuj w rejestrze, co zrobiono, i dołącz dowody.",
            "",
            "Wiadomość wysłana automatycznie przez rejestr działań korygujących i zapobiegawczych.");
        return new MailMessage(to, subject, body);
    }
}

public static class ActionServices
{
    public static IServiceCollection AddActions(this IServiceCollection services)
    {
        services.AddScoped<ActionRegister>();
        services.AddScoped<ActionEffects>();
        services.AddScoped<Review.ManagementReviews>();
        services.AddSingleton<ActionReminderRunner>();
        services.AddSingleton<IReminder>(s => s.GetRequiredService<ActionReminderRunner>());
        return services;
    }
}
