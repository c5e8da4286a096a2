using GlosKlienta.Domain.Analysis;

namespace GlosKlienta.Web.Features.Analysis;

/// <summary>
/// Which protocols are due (procedure row 9): from the first day of a half-year the F2 of the
/// half-year just ended is due until it is approved; from 1 January the annual analysis of the
/// year just ended likewise. A period that ended before the office's first stored response is
/// never due: there is nothing to analyse.
/// </summary>
public sealed class F2Due(AppDbContext db, OfficeProfileProvider office, TimeProvider time)
{
    public async Task<IReadOnlyList<ReportingPeriod>> DueAsync(CancellationToken cancellationToken)
    {
        var today = (await office.GetAsync(cancellationToken)).Today(time);
        var first = await db.SurveyResponses.AsNoTracking().OrderBy(r => r.ReceivedOn).Select(r => (DateOnly?)r.ReceivedOn).FirstOrDefaultAsync(cancellationToken);
        if (first is null) return [];
        var candidates = new[] { ReportingPeriod.JustEnded(today), ReportingPeriod.YearJustEnded(today) }.Where(c => c.End >= first.Value).ToArray();
        var keys = candidates.Select(c => c.ToString()).ToList();
        var approved = await db.F2Protocols.AsNoTracking().Where(p => keys.Contains(p.Period)).Select(p => p.Period).ToListAsync(cancellationToken);
        return candidates.Where(c => !approved.Contains(c.ToString())).ToList();
    }
}
