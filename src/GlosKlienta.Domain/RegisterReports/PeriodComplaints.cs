namespace GlosKlienta.Domain.RegisterReports;

/// <summary>One unit's complaints and requests of a period, by what became of them.</summary>
public sealed record UnitComplaints(string Unit, int Complaints, int ComplaintsJustified, int ComplaintsUnjustified,
    int Requests, int RequestsGranted, int RequestsRefused, int Open, int Other);

/// <summary>
/// Complaints and requests as dissatisfaction data for the F2 (the procedure names satisfaction and
/// dissatisfaction as its indicators): the period's skargi and wnioski by unit and outcome, with no
/// personal data. Petitions and letters outside Dział VIII are not about a unit's service and are left out.
/// </summary>
public static class PeriodComplaints
{
    /// <summary>What became of a case, as this summary counts it.</summary>
    public enum Result { Justified, Unjustified, Granted, Refused, Open, Other }

    /// <summary>One case: its kind ("skarga" or "wniosek"; others are ignored), its unit (null: none), received and result.</summary>
    public sealed record Case(bool IsComplaint, string? Unit, DateOnly Received, Result Result);

    public static IReadOnlyList<UnitComplaints> Compute(DateOnly from, DateOnly to, IEnumerable<Case> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        return cases.Where(c => c.Received >= from && c.Received <= to)
            .GroupBy(c => string.IsNullOrWhiteSpace(c.Unit) ? YearlyReportCalculator.NoUnit : c.Unit, StringComparer.Ordinal)
            .Select(g => new UnitComplaints(g.Key,
                g.Count(c => c.IsComplaint), g.Count(c => c.IsComplaint && c.Result == Result.Justified), g.Count(c => c.IsComplaint && c.Result == Result.Unjustified),
                g.Count(c => !c.IsComplaint), g.Count(c => !c.IsComplaint && c.Result == Result.Granted), g.Count(c => !c.IsComplaint && c.Result == Result.Refused),
                g.Count(c => c.Result == Result.Open), g.Count(c => c.Result == Result.Other)))
            .OrderByDescending(u => u.Complaints + u.Requests).ThenBy(u => u.Unit, StringComparer.Ordinal)
            .ToList();
    }
}
