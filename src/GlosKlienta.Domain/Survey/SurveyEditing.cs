using System.Globalization;
using System.Text;

namespace GlosKlienta.Domain.Survey;

/// <summary>
/// The changes the Pełnomocnik ds. SZJ makes to a draft in one save: every text a citizen reads,
/// options and items to retire, and new ones by their text. Keys are question codes, then option
/// or item codes. Anything not named keeps its current value.
/// </summary>
public sealed record DraftEdit
{
    public string? Title { get; init; }
    public string? Intro { get; init; }
    public string? ThankYou { get; init; }
    public IReadOnlyDictionary<string, QuestionEdit> Questions { get; init; } = new Dictionary<string, QuestionEdit>();
}

public sealed record QuestionEdit
{
    public string? Text { get; init; }
    /// <summary>The hint; an empty one removes it.</summary>
    public string? Hint { get; init; }
    /// <summary>The label of the question's free-text field (its comment, or the text of its "other" option).</summary>
    public string? TextLabel { get; init; }
    public IReadOnlyDictionary<string, string> OptionTexts { get; init; } = new Dictionary<string, string>();
    public IReadOnlyDictionary<string, string> ItemTexts { get; init; } = new Dictionary<string, string>();
    public IReadOnlyCollection<string> RetiredOptions { get; init; } = [];
    public IReadOnlyCollection<string> RetiredItems { get; init; } = [];
    public IReadOnlyList<string> NewOptions { get; init; } = [];
    public IReadOnlyList<string> NewItems { get; init; } = [];
}

public enum DraftProblemKind
{
    /// <summary>A text that must be there is empty.</summary>
    Missing,
    /// <summary>A text over its limit (<see cref="DraftProblem.Limit"/>).</summary>
    TooLong,
    /// <summary>Two options (or two items) of one question read the same: a citizen could not tell them apart.</summary>
    DuplicateText,
    /// <summary>A choice or matrix question left with fewer than two options.</summary>
    TooFewOptions,
    /// <summary>A rating or matrix question left without items.</summary>
    NoItems,
}

/// <summary>Which text of the draft a problem is about.</summary>
public enum DraftPart
{
    Title,
    Intro,
    ThankYou,
    /// <summary>The question as a whole (its options or items).</summary>
    Question,
    QuestionText,
    Hint,
    /// <summary>The label of the question's free-text field.</summary>
    TextLabel,
    Option,
    Item,
}

/// <summary>A problem in a draft that its author can fix on the edit form. <see cref="Code"/> names the option or item, if any.</summary>
public sealed record DraftProblem(DraftProblemKind Kind, DraftPart Part, string? QuestionCode = null, string? Code = null, int? Limit = null);

/// <summary>Pure helpers for drafting a new survey version. Nothing here changes a version that was approved: they return new definitions.</summary>
public static class SurveyEditing
{
    public const int TitleMaxLength = 200;
    public const int LongTextMaxLength = 2000;
    public const int TextMaxLength = 500;

    /// <summary>
    /// Applies <paramref name="edit"/>: texts first, then retired options and items are removed
    /// (retiring is removing from the next version; the earlier versions keep them), then new ones
    /// are added with codes made from their text. Blank new texts are ignored.
    /// </summary>
    public static SurveyDefinition Apply(SurveyDefinition definition, DraftEdit edit)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(edit);
        var result = definition with
        {
            Title = Clean(edit.Title) ?? (edit.Title is null ? definition.Title : ""),
            Intro = edit.Intro is null ? definition.Intro : Clean(edit.Intro),
            ThankYou = Clean(edit.ThankYou) ?? (edit.ThankYou is null ? definition.ThankYou : ""),
            Questions = definition.Questions.Select(q => edit.Questions.TryGetValue(q.Code, out var e) ? ApplyTexts(q, e) : q).ToList(),
        };
        foreach (var (code, e) in edit.Questions)
        {
            if (result.Find(code) is null) continue;
            foreach (var retired in e.RetiredOptions) result = RetireOption(result, code, retired);
            foreach (var retired in e.RetiredItems) result = RetireItem(result, code, retired);
            foreach (var text in e.NewOptions.Select(Clean).OfType<string>()) result = AddOption(result, code, text);
            foreach (var text in e.NewItems.Select(Clean).OfType<string>()) result = AddItem(result, code, text);
        }
        return SurveyTranslations.KeepCurrent(definition, result);
    }

    private static Question ApplyTexts(Question q, QuestionEdit e)
    {
        var label = e.TextLabel is null ? null : Clean(e.TextLabel) ?? "";
        return q with
        {
            Text = e.Text is null ? q.Text : Clean(e.Text) ?? "",
            Hint = e.Hint is null ? q.Hint : Clean(e.Hint),
            Options = q.Options.Select(o => o with
            {
                Text = e.OptionTexts.TryGetValue(o.Code, out var t) ? Clean(t) ?? "" : o.Text,
                Other = o.Other is not null && label is not null ? o.Other with { Label = label } : o.Other,
            }).ToList(),
            Items = q.Items.Select(i => e.ItemTexts.TryGetValue(i.Code, out var t) ? i with { Text = Clean(t) ?? "" } : i).ToList(),
            Comment = q.Comment is not null && label is not null ? q.Comment with { Label = label } : q.Comment,
        };
    }

    /// <summary>The next version without the option. Its earlier answers stay with the earlier version.</summary>
    public static SurveyDefinition RetireOption(SurveyDefinition definition, string questionCode, string optionCode) =>
        Change(definition, questionCode, q => q with { Options = q.Options.Where(o => o.Code != optionCode).ToList() });

    public static SurveyDefinition RetireItem(SurveyDefinition definition, string questionCode, string itemCode) =>
        Change(definition, questionCode, q => q with { Items = q.Items.Where(i => i.Code != itemCode).ToList() });

    /// <summary>
    /// A new option made from its text, with a code unique within the question. It goes before
    /// the "other" option, which conventionally closes the list ("innej sprawy – proszę podać jakiej").
    /// </summary>
    public static SurveyDefinition AddOption(SurveyDefinition definition, string questionCode, string text) =>
        Change(definition, questionCode, q =>
        {
            var option = new AnswerOption { Code = UniqueCode(text, q.Options.Select(o => o.Code)), Text = text.Trim() };
            var options = q.Options.ToList();
            var other = options.FindIndex(o => o.Other is not null);
            options.Insert(other < 0 ? options.Count : other, option);
            return q with { Options = options };
        });

    public static SurveyDefinition AddItem(SurveyDefinition definition, string questionCode, string text) =>
        Change(definition, questionCode, q => q with
        {
            Items = [.. q.Items, new QuestionItem { Code = UniqueCode(text, q.Items.Select(i => i.Code)), Text = text.Trim() }],
        });

    private static SurveyDefinition Change(SurveyDefinition definition, string questionCode, Func<Question, Question> change) => definition with
    {
        Questions = definition.Questions.Select(q => q.Code == questionCode ? change(q) : q).ToList(),
    };

    /// <summary>
    /// A code from a text: Polish (and other accented) letters folded to ASCII, lower case, words
    /// joined by hyphens, at most 40 characters. "Referat Ochrony Środowiska" is <c>referat-ochrony-srodowiska</c>.
    /// </summary>
    public static string Slug(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            // Ł does not decompose into L and a combining mark, so it is folded by hand.
            var ch = c switch { 'ł' or 'Ł' => 'l', 'đ' or 'Đ' => 'd', 'ø' or 'Ø' => 'o', _ => c };
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            ch = char.ToLowerInvariant(ch);
            folded.Append(ch is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? ch : '-');
        }
        var slug = string.Join('-', folded.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        if (slug.Length > 40) slug = slug[..40].TrimEnd('-');
        return slug.Length == 0 ? "opcja" : slug;
    }

    /// <summary><see cref="Slug"/> of the text, with -2, -3, ... added when the question already uses it.</summary>
    public static string UniqueCode(string text, IEnumerable<string> taken)
    {
        var used = taken.ToHashSet(StringComparer.Ordinal);
        var slug = Slug(text);
        if (!used.Contains(slug)) return slug;
        for (var n = 2; ; n++)
        {
            var suffix = "-" + n.ToString(CultureInfo.InvariantCulture);
            var candidate = slug[..Math.Min(slug.Length, 40 - suffix.Length)].TrimEnd('-') + suffix;
            if (!used.Contains(candidate)) return candidate;
        }
    }

    /// <summary>
    /// The question that lists the office's organisational units: the choice question with the
    /// most options whose codes are unit codes, provided at least two and at least half of its
    /// options are. Recognised by its data rather than a flag, so an office's own form needs no
    /// marking; null when no question qualifies.
    /// </summary>
    public static Question? FindUnitsQuestion(SurveyDefinition definition, IEnumerable<string> unitCodes)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var units = unitCodes.ToHashSet(StringComparer.Ordinal);
        return definition.Questions
            .Where(q => q.Kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice)
            .Select(q => (Question: q, Matches: q.Options.Count(o => units.Contains(o.Code))))
            .Where(x => x.Matches >= 2 && x.Matches * 2 >= x.Question.Options.Count)
            .OrderByDescending(x => x.Matches)
            .Select(x => x.Question)
            .FirstOrDefault();
    }

    /// <summary>
    /// The units question refreshed from the office's list: the active units in their order, with
    /// their current names; options that are not units at all (an "other unit", say) are kept after them.
    /// </summary>
    public static SurveyDefinition RefreshUnits(SurveyDefinition definition, string questionCode, IReadOnlyList<AnswerOption> activeUnits, IEnumerable<string> allUnitCodes)
    {
        var known = allUnitCodes.Concat(activeUnits.Select(u => u.Code)).ToHashSet(StringComparer.Ordinal);
        return Change(definition, questionCode, q => q with
        {
            Options = [.. activeUnits, .. q.Options.Where(o => !known.Contains(o.Code))],
        });
    }

    /// <summary>
    /// The problems a draft's author can fix on the edit form, in the order of the form. A definition
    /// free of them can still have structural <see cref="SurveyDefinition.Problems"/>, which the
    /// caller checks as well.
    /// </summary>
    public static IReadOnlyList<DraftProblem> Check(SurveyDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var problems = new List<DraftProblem>();
        void Text(string? text, bool required, int limit, DraftPart part, string? question = null, string? code = null)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                if (required) problems.Add(new(DraftProblemKind.Missing, part, question, code));
            }
            else if (text.Length > limit)
            {
                problems.Add(new(DraftProblemKind.TooLong, part, question, code, limit));
            }
        }

        Text(definition.Title, true, TitleMaxLength, DraftPart.Title);
        Text(definition.Intro, false, LongTextMaxLength, DraftPart.Intro);
        Text(definition.ThankYou, true, TitleMaxLength, DraftPart.ThankYou);
        foreach (var q in definition.Questions)
        {
            Text(q.Text, true, TextMaxLength, DraftPart.QuestionText, q.Code);
            Text(q.Hint, false, TextMaxLength, DraftPart.Hint, q.Code);
            if ((q.Comment ?? q.OtherOption?.Other) is { } free) Text(free.Label, true, TextMaxLength, DraftPart.TextLabel, q.Code);
            foreach (var o in q.Options) Text(o.Text, true, TextMaxLength, DraftPart.Option, q.Code, o.Code);
            foreach (var dup in Duplicates(q.Options.Select(o => (o.Code, o.Text)))) problems.Add(new(DraftProblemKind.DuplicateText, DraftPart.Option, q.Code, dup));
            foreach (var i in q.Items) Text(i.Text, true, TextMaxLength, DraftPart.Item, q.Code, i.Code);
            foreach (var dup in Duplicates(q.Items.Select(i => (i.Code, i.Text)))) problems.Add(new(DraftProblemKind.DuplicateText, DraftPart.Item, q.Code, dup));

            if ((q.Kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice or QuestionKind.Matrix) && q.Options.Count < 2)
                problems.Add(new(DraftProblemKind.TooFewOptions, DraftPart.Question, q.Code));
            if ((q.Kind is QuestionKind.Rating or QuestionKind.Matrix) && q.Items.Count == 0)
                problems.Add(new(DraftProblemKind.NoItems, DraftPart.Question, q.Code));
        }
        return problems;
    }

    /// <summary>The codes of the second and later entries whose text repeats an earlier one (ignoring case and spaces).</summary>
    private static IEnumerable<string> Duplicates(IEnumerable<(string Code, string Text)> entries)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (code, text) in entries)
        {
            if (string.IsNullOrWhiteSpace(text)) continue;
            if (!seen.Add(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))) yield return code;
        }
    }

    private static string? Clean(string? text)
    {
        if (text is null) return null;
        var trimmed = text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }
}
