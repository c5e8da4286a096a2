using GlosKlienta.Domain.Analysis;

namespace GlosKlienta.Web.Features.Actions;

/// <summary>How the effectiveness panel writes a share, a difference with its interval and a p-value (Polish decimal comma).</summary>
public static class ActionEffectText
{
    private static readonly CultureInfo Pl = CultureInfo.GetCultureInfo("pl-PL");

    public static string Share(int? count, int? n) =>
        n is > 0 && count is { } c ? $"{Percent((double)c / n.Value)} ({c.ToString(Pl)} z {n.Value.ToString(Pl)})" : "–";

    public static string Difference(ActionFollowUpFigure f)
    {
        ArgumentNullException.ThrowIfNull(f);
        if (f.NowShare is not { } now || f.ThenShare is not { } then) return "–";
        var points = (now - then) * 100;
        var text = points.ToString("+0.0;−0.0;0.0", Pl) + " p.p.";
        return f.DifferenceLower is { } lo && f.DifferenceUpper is { } hi
            ? $"{text} (95% CI {(lo * 100).ToString("+0.0;−0.0;0.0", Pl)} do {(hi * 100).ToString("+0.0;−0.0;0.0", Pl)})"
            : text;
    }

    public static string P(double? p) => p switch
    {
        null => "–",
        < 0.001 => "p < 0,001",
        { } v => "p = " + v.ToString("0.000", Pl),
    };

    private static string Percent(double share) => (share * 100).ToString("0.0", Pl) + "%";
}
