using GlosKlienta.Domain.Analysis;
using GlosKlienta.Domain.RegisterReports;

namespace GlosKlienta.Domain.Review;

/// <summary>How clients' sense of delay in a unit compares with what the register records for it.</summary>
public enum PerceptionVerdict
{
    /// <summary>Fewer than <see cref="MinimumCell.Answers"/> survey answers about timeliness: shown, not judged.</summary>
    TooFewAnswers,
    /// <summary>No case of the unit in the register with a measurable term.</summary>
    NoCases,
    /// <summary>The two shares of late handling do not differ beyond chance.</summary>
    Consistent,
    /// <summary>Clients say "not on time" more often than the register's cases were late: a communication problem, not only a timeliness one.</summary>
    PerceivedLater,
    /// <summary>The register's cases were late more often than clients say.</summary>
    RecordedLater,
}

/// <summary>
/// One unit: the share of survey answers saying the matter was not handled on time (question 6: no / (yes + no)) beside
/// the share of the register's cases about the unit closed by their statutory term, and the verdict of Newcombe's interval
/// for the difference of the two late shares.
/// </summary>
public sealed record PerceptionRow(
    string Unit,
    int SurveyAnswered, int SurveyNotOnTime, double? SurveyNotOnTimeShare, double? SurveyLower, double? SurveyUpper,
    int RegisterMeasured, int RegisterOnTime, double? RegisterOnTimeShare,
    double? DifferenceLower, double? DifferenceUpper, PerceptionVerdict Verdict);

/// <summary>The survey's timeliness answers of one unit (its name as the directory gives it).</summary>
public sealed record SurveyTimeliness(string Unit, int Answered, int NotOnTime);

/// <summary>
/// Perception against performance per unit (management review input): every unit that either source has figures for, the survey's
/// "not on time" share with its Wilson interval, the register's on-time share, and whether they disagree beyond chance.
/// The survey asks about any matter, the register holds only skargi and wnioski, so agreement is not expected of every
/// unit; a unit clients call late whose cases are on time points at how terms are explained, not at the terms.
/// </summary>
public static class PerceptionAgainstPerformance
{
    public static IReadOnlyList<PerceptionRow> Compare(IEnumerable<SurveyTimeliness> survey, IEnumerable<UnitTimeliness> register)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(register);
        var s = survey.GroupBy(x => x.Unit, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (Answered: g.Sum(x => x.Answered), NotOnTime: g.Sum(x => x.NotOnTime)), StringComparer.Ordinal);
        var r = register.Where(x => x.Unit != YearlyReportCalculator.NoUnit).ToDictionary(x => x.Unit, StringComparer.Ordinal);
        // A unit no one answered about and with no measured case has nothing to compare: left out.
        return s.Keys.Where(k => s[k].Answered > 0).Union(r.Keys, StringComparer.Ordinal)
            .Select(unit => Row(unit, s.TryGetValue(unit, out var a) ? a : (0, 0), r.GetValueOrDefault(unit)))
            .OrderBy(x => x.Verdict is PerceptionVerdict.PerceivedLater or PerceptionVerdict.RecordedLater ? 0 : 1)
            .ThenBy(x => x.Unit, StringComparer.Ordinal)
            .ToList();
    }

    private static PerceptionRow Row(string unit, (int Answered, int NotOnTime) s, UnitTimeliness? r)
    {
        var wilson = s.Answered < 2 ? null : Proportion.Wilson(s.NotOnTime, s.Answered);
        int measured = r?.Measured ?? 0, onTime = r?.OnTime ?? 0;
        var difference = measured == 0 || s.Answered == 0 ? null : Proportion.NewcombeDifference(s.NotOnTime, s.Answered, measured - onTime, measured);
        var verdict = MinimumCell.IsTooSmall(s.Answered) ? PerceptionVerdict.TooFewAnswers
            : measured == 0 ? PerceptionVerdict.NoCases
            : difference!.Value.Lower > 0 ? PerceptionVerdict.PerceivedLater
            : difference.Value.Upper < 0 ? PerceptionVerdict.RecordedLater
            : PerceptionVerdict.Consistent;
        return new PerceptionRow(unit,
            s.Answered, s.NotOnTime, s.Answered == 0 ? null : (double)s.NotOnTime / s.Answered, wilson?.Lower, wilson?.Upper,
            measured, onTime, measured == 0 ? null : (double)onTime / measured,
            difference?.Lower, difference?.Upper, verdict);
    }
}
