using GlosKlienta.Web.Features.Mail;
using Microsoft.Extensions.Options;

namespace GlosKlienta.Web.Features.Paper;

/// <summary>
/// Procedure row 8 and the F2's box-opening gate by e-mail: from a week before the last working day
/// of June and December, each keeper of a box not yet opened gets one message naming the day and
/// their boxes; after the half-year, one more while a box still waits (the F2 cannot be approved
/// without it). The staff home shows the same (<see cref="BoxOpeningReminder"/>). Runs are serialised.
/// </summary>
public sealed class BoxOpeningMailRunner(
    IServiceScopeFactory scopes,
    IMailSender mail,
    DatabaseSettings database,
    TimeProvider time,
    IOptions<ReminderOptions> options,
    ILogger<BoxOpeningMailRunner> logger) : SerialReminder(mail, database, time, logger)
{
    public const string OpenPath = "/personel/papier/otwarcie";

    protected override async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var due = await scope.ServiceProvider.GetRequiredService<BoxOpeningReminder>().DueAsync(cancellationToken);
        if (due is null) return 0;
        var period = due.Period.ToString();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var told = (await db.BoxOpeningNotices.AsNoTracking().Where(n => n.Period == period && n.Late == due.Late)
                .Select(n => new { n.SurveyBoxId, n.KeeperId }).ToListAsync(cancellationToken))
            .Select(n => (n.SurveyBoxId, n.KeeperId)).ToHashSet();
        var recorded = 0;
        foreach (var group in due.Boxes.Where(b => b.KeeperId is not null && !told.Contains((b.Id, b.KeeperId))).GroupBy(b => b.KeeperId!))
        {
            var boxes = group.ToList();
            var address = await db.Users.AsNoTracking().Where(u => u.Id == group.Key && u.DisabledAt == null).Select(u => u.Email).FirstOrDefaultAsync(cancellationToken);
            var records = boxes.Select(box => new BoxOpeningNotice
            {
                SurveyBoxId = box.Id,
                Period = period,
                Late = due.Late,
                KeeperId = group.Key,
                CreatedAt = Time.GetUtcNow(),
            }).ToList();
            if (await TellOnceAsync(db, records, address is { Length: > 0 }, () => Message(address!, due, boxes), at => records.ForEach(r => r.EmailedAt = at),
                    "A box-opening reminder", cancellationToken))
                recorded += boxes.Count;
        }
        if (recorded > 0) Logger.LogInformation("Recorded {Count} box-opening reminders", recorded);
        return recorded;
    }

    /// <summary>The day, the keeper's boxes by place, why it matters and where to record the opening.</summary>
    public MailMessage Message(string to, BoxOpeningDue due, IReadOnlyList<UnopenedBox> boxes)
    {
        ArgumentNullException.ThrowIfNull(due);
        ArgumentNullException.ThrowIfNull(boxes);
        var pl = CultureInfo.GetCultureInfo("pl-PL");
        var day = due.Day.ToString("dddd, d MMMM yyyy", pl);
        var lines = new List<string>
        {
            due.Late
                ? $"Okres {due.Period.PolishName} się skończył, a {(boxes.Count == 1 ? "skrzynki, którą się opiekujesz, nie otwarto" : "skrzynek, którymi się opiekujesz, nie otwarto")} w dniu otwarcia ({day}) ani później. Protokół F2 nie może zostać zatwierdzony, dopóki {(boxes.Count == 1 ? "nie zostanie otwarta" : "nie zostaną otwarte")} (albo Pełnomocnik ds. SZJ nie zapisze, dlaczego nie):"
                : $"Dzień otwarcia skrzynek na ankiety na koniec okresu {due.Period.PolishName}: {day}. Ankiety wrzucone do tego dnia należą do tego okresu. Otwórz w tym dniu (lub później) {(boxes.Count == 1 ? "skrzynkę, którą się opiekujesz" : "skrzynki, którymi się opiekujesz")}:",
            "",
        };
        lines.AddRange(boxes.Select(b => "– " + b.Location));
        lines.AddRange(
        [
            "",
            $"Zapisz otwarcie: {options.Value.Link(OpenPath)}",
            "",
            "Wiadomość wysłana automatycznie przez system ankiet (procedura P/7/5).",
        ]);
        var subject = due.Late
            ? $"Nieotwarte skrzynki na ankiety: okres {due.Period.PolishName}"
            : $"Otwarcie skrzynek na ankiety: {day}";
        return new MailMessage([to], subject, string.Join("\n", lines));
    }
}
