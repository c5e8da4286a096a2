using GlosKlienta.Domain.Register;
using GlosKlienta.Domain.Reminders;
using GlosKlienta.Domain.Staff;
using GlosKlienta.Web.Features.Mail;
using Microsoft.Extensions.Options;

namespace GlosKlienta.Web.Features.Register.Reminders;

/// <summary>
/// Finds open cases whose term is near or past and warns the case owner and the register keepers by e-mail,
/// once per case, last day and threshold. Runs are serialised, so the hourly run, a manual one and another instance's never send twice.
/// </summary>
public sealed class TermReminderRunner(
    IServiceScopeFactory scopes,
    IMailSender mail,
    DatabaseSettings database,
    OfficeProfileProvider office,
    TimeProvider time,
    IOptions<ReminderOptions> options,
    ILogger<TermReminderRunner> logger) : SerialReminder(mail, database, time, logger)
{

    /// <summary>
    /// Open cases with a warning due today, most urgent first: the handling term, and apart from it the 14-day notice to a
    /// poseł, senator or radny not yet sent (art. 237 § 2 KPA) and a council case not yet passed to the council's chair
    /// (art. 231 KPA), each with its own deadline.
    /// </summary>
    public static async Task<IReadOnlyList<TermAlert>> AlertsAsync(AppDbContext db, DateOnly today, IReadOnlyList<int> daysBefore, CancellationToken cancellationToken)
    {
        var horizon = today.AddDays(daysBefore.DefaultIfEmpty(0).Max());
        var open = await db.RegisterCases.AsNoTracking()
            .Where(c => c.ClosedOn == null && c.TermKind != TermKind.BezTerminu && (c.NewDueOn ?? c.DueOn) <= horizon)
            .Select(c => new { c.Id, c.RegisterNumber, c.Subject, Due = c.NewDueOn ?? c.DueOn, c.AssignedToId })
            .ToListAsync(cancellationToken);
        var notices = await db.RegisterCases.AsNoTracking()
            .Where(c => c.ClosedOn == null && c.MemberNoticeOn == null && c.MemberNoticeDueOn != null && c.MemberNoticeDueOn <= horizon)
            .Select(c => new { c.Id, c.RegisterNumber, c.Subject, Due = c.MemberNoticeDueOn!.Value, c.AssignedToId })
            .ToListAsync(cancellationToken);
        var council = await db.RegisterCases.AsNoTracking()
            .Where(c => c.ClosedOn == null && c.CompetentBody == CompetentBody.RadaGminy && c.CouncilForwardedOn == null)
            .Select(c => new { c.Id, c.RegisterNumber, c.Subject, c.ReceivedOn, c.AssignedToId })
            .ToListAsync(cancellationToken);
        var all = open.Select(c => (c.Id, c.RegisterNumber, c.Subject, c.Due, c.AssignedToId, Purpose: TermPurpose.Handling))
            .Concat(notices.Select(c => (c.Id, c.RegisterNumber, c.Subject, c.Due, c.AssignedToId, Purpose: TermPurpose.MemberNotice)))
            .Concat(council.Select(c => (c.Id, c.RegisterNumber, c.Subject, Due: CouncilForwarding.For(CompetentBody.RadaGminy, c.ReceivedOn)!.Due, c.AssignedToId, Purpose: TermPurpose.CouncilForwarding))
                .Where(c => c.Due <= horizon));
        return all
            .Select(c => (c, threshold: TermWarning.Applicable(today, c.Due, daysBefore)))
            .Where(x => x.threshold is not null)
            .Select(x => new TermAlert(x.c.Id, x.c.RegisterNumber, x.c.Subject, x.c.Due, TermWarning.DaysLeft(today, x.c.Due), TermAlert.Key(x.c.Purpose, x.threshold!), x.c.AssignedToId, x.c.Purpose))
            .OrderBy(a => a.DueOn).ThenBy(a => a.CaseId).ThenBy(a => a.Purpose)
            .ToList();
    }

    /// <summary>Looks once; returns how many warnings were recorded.</summary>
    protected override async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = (await office.GetAsync(cancellationToken)).Today(Time);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var alerts = await AlertsAsync(db, today, options.Value.DaysBefore, cancellationToken);
        if (alerts.Count == 0) return 0;

        var ids = alerts.Select(a => a.CaseId).ToList();
        var given = (await db.TermReminders.AsNoTracking().Where(r => ids.Contains(r.RegisterCaseId)).Select(r => new { r.RegisterCaseId, r.DueOn, r.Threshold }).ToListAsync(cancellationToken))
            .Select(r => (r.RegisterCaseId, r.DueOn, r.Threshold)).ToHashSet();
        var keepers = await MailRecipients.OfRoleAsync(db, Roles.ProwadzacyRejestr, cancellationToken);
        var recorded = 0;
        foreach (var alert in alerts.Where(a => !given.Contains((a.CaseId, a.DueOn, a.Threshold))))
        {
            var to = new List<string>(keepers);
            if (alert.AssignedToId is not null
                && await db.Users.AsNoTracking().Where(u => u.Id == alert.AssignedToId && u.DisabledAt == null).Select(u => u.Email).FirstOrDefaultAsync(cancellationToken) is { Length: > 0 } owner)
                to.Add(owner);
            to = to.Distinct(StringComparer.OrdinalIgnoreCase).ToList();

            var record = new TermReminder
            {
                RegisterCaseId = alert.CaseId,
                DueOn = alert.DueOn,
                Threshold = alert.Threshold,
                CreatedAt = Time.GetUtcNow(),
            };
            // The case number is not personal data.
            if (await TellOnceAsync(db, [record], to.Count > 0, () => Message(alert, to), at => (record.EmailedAt, record.Recipients) = (at, to.Count),
                    $"Term warning {alert.Threshold} for case {alert.RegisterNumber}", cancellationToken))
                recorded++;
        }
        if (recorded > 0) Logger.LogInformation("Recorded {Count} term warnings", recorded);
        return recorded;
    }


    /// <summary>Case number, shortened subject, last day and a link; nothing about the sender.</summary>
    public MailMessage Message(TermAlert alert, IReadOnlyList<string> to)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var pl = CultureInfo.GetCultureInfo("pl-PL");
        var when = MailRecipients.When(alert.DaysLeft, alert.DueOn);
        var link = options.Value.Link(CaseLinks.CasePath(alert.CaseId));
        var what = alert.Purpose switch
        {
            TermPurpose.MemberNotice => "zawiadomienia posła, senatora lub radnego (art. 237 § 2 KPA) w sprawie",
            TermPurpose.CouncilForwarding => "przekazania przewodniczącemu rady (art. 231 KPA) sprawy",
            _ => "załatwienia sprawy",
        };
        var label = alert.Purpose switch
        {
            TermPurpose.MemberNotice => "termin zawiadomienia z art. 237 § 2",
            TermPurpose.CouncilForwarding => "termin przekazania radzie",
            _ => "termin",
        };
        var subject = alert.DaysLeft < 0
            ? $"Sprawa {alert.RegisterNumber}: {label} minął ({StatutoryIso(alert.DueOn)})"
            : $"Sprawa {alert.RegisterNumber}: {label} {StatutoryIso(alert.DueOn)}";
        var advice = alert.Purpose switch
        {
            TermPurpose.MemberNotice => "Zawiadomienie o sposobie załatwienia, a w razie potrzeby o stanie sprawy, przesyła się w 14 dni; termin załatwienia sprawy pozostaje miesięczny.",
            TermPurpose.CouncilForwarding => "Sprawę, do której rozpatrzenia właściwa jest rada, przekazuje się jej przewodniczącemu w 7 dni od wpływu.",
            _ => alert.DaysLeft < 0
                ? "Sprawa nie została załatwiona w terminie. Jeśli jeszcze tego nie zrobiono, należy zawiadomić wnoszącego o przyczynie zwłoki i nowym terminie (art. 36 KPA)."
                : "Jeśli sprawa nie zostanie załatwiona w terminie, przed jego upływem należy zawiadomić wnoszącego o przyczynie zwłoki i nowym terminie (art. 36 KPA).",
        };
        var body = string.Join("\n",
            $"Termin {what} {alert.RegisterNumber} {when}.",
            "",
            $"Przedmiot: {Shorten(alert.Subject, 60)}",
            $"Ostatni dzień terminu: {StatutoryIso(alert.DueOn)}",
            $"Sprawa w rejestrze: {link}",
            "",
            advice,
            "",
            "Wiadomość wysłana automatycznie przez rejestr skarg, wniosków i petycji.");
        return new MailMessage(to, subject, body);
    }

    public static string Shorten(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.ReplaceLineEndings(" ").Trim();
        return t.Length <= max ? t : t[..(max - 1)].TrimEnd() + "…";
    }

    private static string StatutoryIso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
