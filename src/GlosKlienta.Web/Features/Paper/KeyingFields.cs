using GlosKlienta.Domain.Paper;
using GlosKlienta.Domain.Survey;

namespace GlosKlienta.Web.Features.Paper;

/// <summary>
/// What the keying inputs (partial <c>_KeyingFields</c>) show: the survey version, the values (as
/// keyed, so an invalid form comes back exactly as typed), the messages per input and, when a
/// difference is settled, both passes' values beside the questions they differ in.
/// </summary>
public sealed class KeyingFields
{
    public required SurveyDefinition Definition { get; init; }
    public KeyedForm Values { get; init; } = KeyedForm.Empty;
    /// <summary>Messages per input name (<c>k.code</c>, <c>t.code</c>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Messages { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    /// <summary>Differences per question code (settle page only).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<KeyingDifference>> Differences { get; init; } = new Dictionary<string, IReadOnlyList<KeyingDifference>>();
    /// <summary>The input that gets the focus when the page opens.</summary>
    public string? FocusField { get; init; }

    public static string InputId(string field) => field.Replace('.', '-');

    public IReadOnlyList<string> MessagesFor(string field) => Messages.TryGetValue(field, out var m) ? m : [];

    /// <summary>The first input of the form: where the keyer starts.</summary>
    public static string FirstField(SurveyDefinition definition)
    {
        var q = definition.Questions[0];
        return PaperKeying.HasKeyInput(q) ? PaperKeying.KeyField(q.Code) : ResponseValidation.TextField(q.Code);
    }

    /// <summary>Reads the keying inputs of a posted form: <c>k.code</c> and <c>t.code</c> per question.</summary>
    public static KeyedForm Read(SurveyDefinition definition, IFormCollection form)
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var q in definition.Questions)
        {
            if (PaperKeying.HasKeyInput(q) && form.TryGetValue(PaperKeying.KeyField(q.Code), out var k)) keys[q.Code] = k.ToString();
            if (q.HasText && form.TryGetValue(ResponseValidation.TextField(q.Code), out var t)) texts[q.Code] = string.Join("\n", t.ToArray());
        }
        return new KeyedForm(keys, texts);
    }

    public static Dictionary<string, IReadOnlyList<string>> MessagesByField(IStringLocalizer text, SurveyDefinition definition, IEnumerable<KeyingError> errors) =>
        errors.GroupBy(e => e.Field, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(e => PaperText.Message(text, definition, e)).Distinct().ToList(), StringComparer.Ordinal);

    /// <summary>The error list of a form in the order of the questions, each with the input it points at.</summary>
    public static IReadOnlyList<(string Field, string Message)> Summary(SurveyDefinition definition, IReadOnlyDictionary<string, IReadOnlyList<string>> messages)
    {
        var list = new List<(string, string)>();
        foreach (var q in definition.Questions)
        {
            foreach (var field in new[] { PaperKeying.KeyField(q.Code), ResponseValidation.TextField(q.Code) })
                if (messages.TryGetValue(field, out var m)) list.AddRange(m.Select(x => (field, x)));
        }
        return list;
    }
}

/// <summary>Polish wording of keying problems and of keyed values, from the shared resources.</summary>
public static class PaperText
{
    public static string QuestionLabel(Question q) => q.Number ?? q.Text.TrimEnd(':');

    public static string Message(IStringLocalizer text, SurveyDefinition definition, KeyingError e)
    {
        var q = definition.Find(e.QuestionCode);
        var label = q is null ? e.QuestionCode : QuestionLabel(q);
        var item = q?.Items.FirstOrDefault(i => i.Code == e.ItemCode);
        return e.Kind switch
        {
            KeyingErrorKind.InvalidCharacter => text["Paper.Error.InvalidCharacter", label, e.Number ?? ""],
            KeyingErrorKind.OutOfRange when item is not null && q!.Kind == QuestionKind.Rating =>
                text["Paper.Error.OutOfRangeRating", label, item.Text, e.Number ?? "", q.Scale!.Min, q.Scale.Max],
            KeyingErrorKind.OutOfRange when item is not null => text["Paper.Error.OutOfRangeItem", label, item.Text, e.Number ?? "", e.Limit ?? 0],
            KeyingErrorKind.OutOfRange => text["Paper.Error.OutOfRange", label, e.Number ?? "", e.Limit ?? 0],
            KeyingErrorKind.TooManyNumbers when q is { Items.Count: > 0 } => text["Paper.Error.TooManyItems", label, q.Items.Count],
            KeyingErrorKind.TooManyNumbers => text["Paper.Error.TooManyNumbers", label],
            KeyingErrorKind.RepeatedNumber => text["Paper.Error.RepeatedNumber", label, e.Number ?? ""],
            KeyingErrorKind.IncompleteNumber => text["Paper.Error.IncompleteNumber", label],
            KeyingErrorKind.UnreadableNotAlone => text["Paper.Error.UnreadableNotAlone", label],
            KeyingErrorKind.Rule => RuleMessage(text, q, label, e),
        };
    }

    private static string RuleMessage(IStringLocalizer text, Question? q, string label, KeyingError e) => e.Rule?.Kind switch
    {
        ValidationErrorKind.ExclusiveConflict => text["Paper.Error.ExclusiveConflict", label, q?.Options.FirstOrDefault(o => o.Exclusive)?.Text ?? ""],
        ValidationErrorKind.OtherTextConflict => text["Paper.Error.OtherTextConflict", label, q?.OtherOption?.Text ?? ""],
        ValidationErrorKind.TextTooLong => text["Paper.Error.TextTooLong", label, e.Limit ?? 0],
        _ => text["Paper.Error.Rule", label],
    };

    /// <summary>One side of a difference in words: "2 – mężczyzna", "nieczytelne", "puste", "„tekst”".</summary>
    public static string Describe(IStringLocalizer text, KeyedAnswer answer, DifferencePart part)
    {
        if (part == DifferencePart.Text)
        {
            if (answer.Unreadable) return text["Paper.Value.Unreadable"];
            return string.IsNullOrEmpty(answer.Text) ? text["Paper.Value.Blank"] : "„" + answer.Text + "”";
        }
        var parts = new List<string>();
        if (answer.Meaning.Count > 0)
        {
            var keyed = answer.Keyed.TrimEnd(PaperKeying.UnreadableMark);
            var meaning = string.Join(", ", answer.Meaning);
            // A rating's number is its meaning: "4", not "4 – 4".
            parts.Add(meaning == keyed ? keyed : keyed + " – " + meaning);
        }
        if (answer.Unreadable) parts.Add(text["Paper.Value.Unreadable"]);
        return parts.Count == 0 ? text["Paper.Value.Blank"] : string.Join("; ", parts);
    }

    public static string DifferenceLabel(KeyingDifference d) =>
        QuestionLabel(d.Question) + (d.Question.Number is null ? "" : ". ") +
        (d.Item is not null ? d.Item.Text : d.Part == DifferencePart.Text ? TextLabel(d.Question) : d.Question.Text);

    public static string TextLabel(Question q) =>
        q.Kind == QuestionKind.Text ? q.Text : q.Comment?.Label ?? q.OtherOption?.Other?.Label ?? q.Text;

    public static string StateLabel(IStringLocalizer text, FormState state) => text["Paper.State." + state];

    /// <summary>The person signed in, for the keyed-by columns: their display name, else the sign-in name.</summary>
    public static string NameOf(StaffUser? user, System.Security.Claims.ClaimsPrincipal principal) =>
        user?.DisplayName ?? principal.Identity?.Name ?? "";
}
