using GlosKlienta.Domain.RegisterReports;
using R = GlosKlienta.Domain.RegisterReports.PeriodComplaints.Result;

namespace GlosKlienta.Domain.Tests.RegisterReports;

/// <summary>The F2's dissatisfaction data from the register: the half-year's complaints and requests by unit and outcome.</summary>
public sealed class PeriodComplaintsTests
{
    private static readonly DateOnly From = new(2026, 1, 1), To = new(2026, 6, 30);

    [Fact]
    public void Compute_CountsThePeriodsComplaintsAndRequestsByUnitAndOutcome()
    {
        PeriodComplaints.Case[] cases =
        [
            new(true, "USC", new DateOnly(2026, 2, 1), R.Justified),
            new(true, "USC", new DateOnly(2026, 3, 1), R.Unjustified),
            new(true, "USC", new DateOnly(2026, 6, 30), R.Open),
            new(false, "USC", new DateOnly(2026, 4, 1), R.Granted),
            new(false, null, new DateOnly(2026, 5, 1), R.Refused),
            new(true, "USC", new DateOnly(2025, 12, 31), R.Justified), // the half-year before
            new(true, "Finanse", new DateOnly(2026, 7, 1), R.Justified), // the half-year after
        ];

        var rows = PeriodComplaints.Compute(From, To, cases);

        var usc = rows[0];
        Assert.Equal(new UnitComplaints("USC", 3, 1, 1, 1, 1, 0, 1, 0), usc);
        Assert.Equal(new UnitComplaints(YearlyReportCalculator.NoUnit, 0, 0, 0, 1, 0, 1, 0, 0), rows[1]);
        Assert.Equal(2, rows.Count);
    }
}
