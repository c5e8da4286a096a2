using System.Text.Json;
using System.Text.Json.Serialization;

namespace GlosKlienta.Domain.Survey;

/// <summary>What changed between two versions of a survey, question by question.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DifferenceKind>))]
public enum DifferenceKind
{
    /// <summary>The question is gone: its series of answers ends. Breaks comparability.</summary>
    QuestionRemoved,
    /// <summary>A new question: nothing earlier to merge with, its series starts here. A note.</summary>
    QuestionAdded,
    /// <summary>Answered in a different way (one answer to several, options to a scale, ...). Breaks comparability; nothing finer is compared.</summary>
    KindChanged,
    /// <summary>
    /// An option is gone. Breaks comparability of the whole question: the people who would have
    /// chosen it now choose something else, so the shares of the remaining options move too.
    /// </summary>
    OptionRemoved,
    /// <summary>
    /// A new option. Breaks comparability of a single-choice question (it takes its share from the
    /// others) and of a matrix question (its options are every item's answer scale); for a
    /// multiple-choice question each option is a yes/no of its own, so it is a note there.
    /// </summary>
    OptionAdded,
    /// <summary>A rated or matrix item is gone: its series ends. Breaks comparability of that item.</summary>
    ItemRemoved,
    /// <summary>A new rated or matrix item: its series starts here. A note.</summary>
    ItemAdded,
    /// <summary>The rating scale is different (1–5 to 1–10): averages mean something else. Breaks comparability.</summary>
    ScaleChanged,
    /// <summary>An option became, or stopped being, one that excludes the others: the possible combinations differ. Breaks comparability.</summary>
    ExclusiveChanged,
    /// <summary>A free-text field came, went or changed its limit ("other", comment). A note: the choices are unaffected.</summary>
    FreeTextChanged,
    /// <summary>
    /// A text a citizen reads changed (question, hint, number, option, item, label). A note: the
    /// software cannot tell a typo from a new meaning, so the approver reads each one.
    /// </summary>
    WordingChanged,
}

/// <summary>
/// One difference. <see cref="Code"/> is the option or item concerned, or null when it is the
/// question as a whole.
/// </summary>
public sealed record SurveyDifference(string QuestionCode, string? Code, DifferenceKind Kind, bool BreaksComparability);

/// <summary>
/// Compares two survey versions so that later analysis does not silently merge unlike data.
/// A difference that <see cref="SurveyDifference.BreaksComparability"/> means answers to that
/// question (or item) before and after the change must be reported apart; the others are notes.
/// </summary>
public static class SurveyComparison
{
    public static IReadOnlyList<SurveyDifference> Compare(SurveyDefinition previous, SurveyDefinition next)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(next);
        var result = new List<SurveyDifference>();

        foreach (var before in previous.Questions)
        {
            var after = next.Find(before.Code);
            if (after is null)
            {
                result.Add(new(before.Code, null, DifferenceKind.QuestionRemoved, true));
                continue;
            }
            CompareQuestion(before, after, result);
        }
        foreach (var added in next.Questions.Where(q => previous.Find(q.Code) is null))
            result.Add(new(added.Code, null, DifferenceKind.QuestionAdded, false));

        // One entry per question, code and kind: a question whose text and comment label both changed is one wording note.
        return result.Distinct().ToList();
    }

    /// <summary>Only the differences that break comparability: what a version stores as incomparable.</summary>
    public static IReadOnlyList<SurveyDifference> Incomparable(SurveyDefinition previous, SurveyDefinition next) =>
        Compare(previous, next).Where(d => d.BreaksComparability).ToList();

    private static void CompareQuestion(Question before, Question after, List<SurveyDifference> result)
    {
        var q = before.Code;
        if (before.Text != after.Text || before.Number != after.Number || Normal(before.Hint) != Normal(after.Hint))
            result.Add(new(q, null, DifferenceKind.WordingChanged, false));

        if (before.Kind != after.Kind)
        {
            result.Add(new(q, null, DifferenceKind.KindChanged, true));
            return;
        }

        if (before.Kind == QuestionKind.Rating && (before.Scale?.Min != after.Scale?.Min || before.Scale?.Max != after.Scale?.Max))
            result.Add(new(q, null, DifferenceKind.ScaleChanged, true));

        if (before.Kind == QuestionKind.Text && before.MaxLength != after.MaxLength)
            result.Add(new(q, null, DifferenceKind.FreeTextChanged, false));
        CompareFreeText(q, null, before.Comment, after.Comment, result);

        foreach (var o in before.Options)
        {
            var match = after.Options.FirstOrDefault(x => x.Code == o.Code);
            if (match is null)
            {
                result.Add(new(q, o.Code, DifferenceKind.OptionRemoved, true));
                continue;
            }
            if (o.Text != match.Text) result.Add(new(q, o.Code, DifferenceKind.WordingChanged, false));
            CompareFreeText(q, o.Code, o.Other, match.Other, result);
            if (o.Exclusive != match.Exclusive) result.Add(new(q, o.Code, DifferenceKind.ExclusiveChanged, true));
        }
        foreach (var o in after.Options.Where(x => before.Options.All(b => b.Code != x.Code)))
            result.Add(new(q, o.Code, DifferenceKind.OptionAdded, after.Kind is QuestionKind.SingleChoice or QuestionKind.Matrix));

        foreach (var i in before.Items)
        {
            var match = after.Items.FirstOrDefault(x => x.Code == i.Code);
            if (match is null) result.Add(new(q, i.Code, DifferenceKind.ItemRemoved, true));
            else if (i.Text != match.Text) result.Add(new(q, i.Code, DifferenceKind.WordingChanged, false));
        }
        foreach (var i in after.Items.Where(x => before.Items.All(b => b.Code != x.Code)))
            result.Add(new(q, i.Code, DifferenceKind.ItemAdded, false));
    }

    /// <summary>A free-text field (a comment, or the text of an "other" option) that came, went, or changed its limit or its words.</summary>
    private static void CompareFreeText(string q, string? code, FreeText? before, FreeText? after, List<SurveyDifference> result)
    {
        if (before is null && after is null) return;
        if (before is null || after is null || before.MaxLength != after.MaxLength)
            result.Add(new(q, code, DifferenceKind.FreeTextChanged, false));
        else if (before.Label != after.Label || Normal(before.MissingMessage) != Normal(after.MissingMessage))
            result.Add(new(q, code, DifferenceKind.WordingChanged, false));
    }

    private static string? Normal(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static readonly JsonSerializerOptions StoredJson = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The stored form of a list of differences (the survey version's <c>Incomparable</c> column).</summary>
    public static string ToJson(IReadOnlyList<SurveyDifference> differences) =>
        JsonSerializer.Serialize(differences.Select(d => new StoredDifference(d.QuestionCode, d.Code, d.Kind)).ToList(), StoredJson);

    /// <summary>Reads what <see cref="ToJson"/> wrote; every entry read back breaks comparability.</summary>
    public static IReadOnlyList<SurveyDifference> FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return [];
        var stored = JsonSerializer.Deserialize<List<StoredDifference>>(json, StoredJson) ?? [];
        return stored.Select(s => new SurveyDifference(s.Question, s.Code, s.Kind, true)).ToList();
    }

    private sealed record StoredDifference(string Question, string? Code, DifferenceKind Kind);
}
