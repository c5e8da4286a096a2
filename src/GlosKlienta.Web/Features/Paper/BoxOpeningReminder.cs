using GlosKlienta.Domain.Analysis;

namespace GlosKlienta.Web.Features.Paper;

/// <summary>An active box not yet opened on its half-year's box-opening day, with its keeper (if named).</summary>
public sealed record UnopenedBox(int Id, string Location, string? KeeperId, string? KeeperName);

/// <summary>Boxes a half-year's end still waits for: shown to those who open boxes, from a week before the box-opening day until each box is opened.</summary>
public sealed record BoxOpeningDue(ReportingPeriod Period, DateOnly Day, IReadOnlyList<UnopenedBox> Boxes, bool Late);

/// <summary>
/// The reminder of the half-year's box-opening day (<see cref="BoxOpeningDay"/>): from seven days
/// before the last working day of June and December, the active boxes not yet opened on that day;
/// after the half-year, those of the half-year just ended until they are opened, as its F2 waits for
/// them. The staff home shows it (<c>_BoxOpeningPanel</c>); <see cref="BoxOpeningMailRunner"/>
/// e-mails each box's keeper.
/// </summary>
public sealed class BoxOpeningReminder(AppDbContext db, OfficeProfileProvider office, TimeProvider time)
{
    public const int DaysBefore = 7;

    public async Task<BoxOpeningDue?> DueAsync(CancellationToken cancellationToken)
    {
        var today = (await office.GetAsync(cancellationToken)).Today(time);
        var current = ReportingPeriod.Containing(today);
        var previous = current.Previous;
        foreach (var (period, late) in new[] { (previous, true), (current, false) })
        {
            var day = BoxOpeningDay.For(period);
            if (!late && today < day.AddDays(-DaysBefore)) continue;
            // A box opened after the half-year's first month no longer counts as late for it: the next one is due.
            if (late && today > period.End.AddMonths(1)) continue;
            var boxes = await UnopenedAsync(db, period, cancellationToken);
            if (boxes.Count > 0) return new BoxOpeningDue(period, day, boxes, late);
        }
        return null;
    }

    /// <summary>The active boxes not opened on the period's box-opening day or later.</summary>
    public static async Task<IReadOnlyList<UnopenedBox>> UnopenedAsync(AppDbContext db, ReportingPeriod period, CancellationToken cancellationToken)
    {
        var boxes = await db.SurveyBoxes.AsNoTracking().Where(b => b.IsActive).OrderBy(b => b.Id)
            .Select(b => new
            {
                Box = new UnopenedBox(b.Id, b.Location, b.KeeperId, db.Users.Where(u => u.Id == b.KeeperId).Select(u => u.DisplayName).FirstOrDefault()),
                Last = db.BoxOpenings.Where(o => o.SurveyBoxId == b.Id).Max(o => (DateOnly?)o.OpenedOn),
            })
            .ToListAsync(cancellationToken);
        return BoxOpeningDay.Unopened(period, boxes, b => b.Last).Select(b => b.Box).ToList();
    }
}
