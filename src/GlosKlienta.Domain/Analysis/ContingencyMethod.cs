namespace GlosKlienta.Domain.Analysis;

public enum ContingencyMethod
{
    /// <summary>Pearson's chi-square test of independence (no Yates correction).</summary>
    ChiSquare,
    /// <summary>Fisher's exact test, two-sided (2×2 only).</summary>
    FisherExact,
}
