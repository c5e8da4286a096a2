namespace GlosKlienta.Domain.Analysis;

/// <summary>One month: how many answered and how many of them were dissatisfied (the caller's definition).</summary>
public sealed record PChartSample(DateOnly Month, int Dissatisfied, int Answered);

public enum PChartSignal
{
    InControl,
    AboveUpperLimit,
    BelowLowerLimit,
    /// <summary>Nobody answered that month: no point is drawn.</summary>
    NoData,
}

/// <param name="Share">Dissatisfied / answered; null with no answers.</param>
/// <param name="LowerLimit">p̄ − 3·√(p̄(1−p̄)/nᵢ), clipped at 0.</param>
/// <param name="UpperLimit">p̄ + 3·√(p̄(1−p̄)/nᵢ), clipped at 1.</param>
public sealed record PChartPoint(DateOnly Month, int Dissatisfied, int Answered, double? Share, double? LowerLimit, double? UpperLimit, PChartSignal Signal);

/// <summary>
/// Shewhart p-chart of the monthly share dissatisfied, limits varying with each month's n.
/// The centre line is the pooled p̄ = Σ dissatisfied / Σ answered. A point strictly outside its
/// limits is flagged. When p̄ is 0 or 1 the limits collapse onto it and nothing is flagged.
/// </summary>
public sealed class PChart
{
    private PChart(double? centreLine, IReadOnlyList<PChartPoint> points)
    {
        CentreLine = centreLine;
        Points = points;
    }

    /// <summary>Pooled p̄; null when nobody answered in any month.</summary>
    public double? CentreLine { get; }
    public IReadOnlyList<PChartPoint> Points { get; }

    public static PChart From(IReadOnlyList<PChartSample> months)
    {
        ArgumentNullException.ThrowIfNull(months);
        long dissatisfied = 0, answered = 0;
        foreach (var m in months)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(m.Answered, nameof(months));
            if (m.Dissatisfied < 0 || m.Dissatisfied > m.Answered) throw new ArgumentOutOfRangeException(nameof(months), "Dissatisfied must lie between 0 and answered.");
            dissatisfied += m.Dissatisfied;
            answered += m.Answered;
        }
        if (answered == 0)
            return new PChart(null, months.Select(m => new PChartPoint(m.Month, 0, 0, null, null, null, PChartSignal.NoData)).ToList());

        double pBar = (double)dissatisfied / answered;
        var points = months.Select(m =>
        {
            if (m.Answered == 0) return new PChartPoint(m.Month, 0, 0, null, null, null, PChartSignal.NoData);
            double p = (double)m.Dissatisfied / m.Answered;
            double spread = 3 * Math.Sqrt(pBar * (1 - pBar) / m.Answered);
            double lower = Math.Max(0, pBar - spread), upper = Math.Min(1, pBar + spread);
            var signal = p > upper ? PChartSignal.AboveUpperLimit : p < lower ? PChartSignal.BelowLowerLimit : PChartSignal.InControl;
            return new PChartPoint(m.Month, m.Dissatisfied, m.Answered, p, lower, upper, signal);
        }).ToList();
        return new PChart(pBar, points);
    }
}
