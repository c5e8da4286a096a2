namespace GlosKlienta.Web.Features.Reception;

/// <summary>
/// Tells the Burmistrz and the register keeper, a month ahead, of a week whose weekly receptions fall on a public holiday
/// and that has no substitute yet (art. 253 § 2 and § 3 KPA), on the staff home page.
/// </summary>
public sealed class ReceptionReminder(AppDbContext db, OfficeProfileProvider office, TimeProvider time)
{
    /// <summary>How far ahead the panel looks.</summary>
    public const int DaysAhead = 31;

    public async Task<IReadOnlyList<Domain.Reception.WeekShortfall>> DueAsync(CancellationToken cancellationToken)
    {
        var today = (await office.GetAsync(cancellationToken)).Today(time);
        return (await ReceptionTimetable.ShortfallsAsync(db, today, today.AddDays(DaysAhead), cancellationToken))
            .Where(w => w.WeekStart.AddDays(6) >= today).ToList();
    }
}
