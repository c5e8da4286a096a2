namespace GlosKlienta.Domain.Analysis;

/// <summary>A two-sided 95% interval.</summary>
public readonly record struct Interval(double Lower, double Upper)
{
    public double Width => Upper - Lower;

    public bool Contains(double value) => value >= Lower && value <= Upper;

    /// <summary>True when the interval lies wholly above or wholly below <paramref name="value"/>.</summary>
    public bool Excludes(double value) => value < Lower || value > Upper;
}
