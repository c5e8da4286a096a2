using GlosKlienta.Domain.Survey;

namespace GlosKlienta.Domain.Paper;

public enum DifferencePart
{
    /// <summary>The option(s) of a single- or multiple-choice question.</summary>
    Choice,
    /// <summary>One item of a rating or matrix question.</summary>
    Item,
    /// <summary>The free text of a question ("other", comment, remarks).</summary>
    Text,
}

/// <summary>
/// One side of a difference, readable: what was keyed ("3", "25-", "-", ""), whether it was marked
/// unreadable, the options or ratings it means, and the text.
/// </summary>
public sealed record KeyedAnswer(string Keyed, bool Unreadable, IReadOnlyList<string> Meaning, string? Text)
{
    public bool IsBlank => !Unreadable && Meaning.Count == 0 && string.IsNullOrEmpty(Text);
}

/// <summary>Where two keyings of the same form differ: a question, an item of it, or its text.</summary>
public sealed record KeyingDifference(Question Question, QuestionItem? Item, DifferencePart Part, KeyedAnswer First, KeyedAnswer Second)
{
    /// <summary>The answer key the difference is about: <c>plec</c>, <c>oceny.sprawnosc</c>, <c>uwagi.tekst</c>.</summary>
    public string AnswerKey => Part switch
    {
        DifferencePart.Choice => Question.Code,
        DifferencePart.Item => ResponseAnswers.ItemKey(Question.Code, Item!.Code),
        DifferencePart.Text => PaperKeying.TextKey(Question.Code),
    };
}

/// <summary>
/// Compares two keyings of one paper form (double entry) question by question, and item by item
/// for rating and matrix questions. Texts are compared with runs of white space taken as one space,
/// so a doubled space or a line break typed differently is not a difference; everything else is.
/// </summary>
public static class KeyingComparison
{
    public static IReadOnlyList<KeyingDifference> Compare(SurveyDefinition definition, PaperForm first, PaperForm second)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var differences = new List<KeyingDifference>();
        foreach (var q in definition.Questions)
        {
            switch (q.Kind)
            {
                case QuestionKind.SingleChoice:
                case QuestionKind.MultipleChoice:
                {
                    var a = Choice(q, first);
                    var b = Choice(q, second);
                    if (a.Keyed != b.Keyed) differences.Add(new KeyingDifference(q, null, DifferencePart.Choice, a, b));
                    break;
                }
                case QuestionKind.Rating:
                case QuestionKind.Matrix:
                    foreach (var item in q.Items)
                    {
                        var a = Item(q, item, first);
                        var b = Item(q, item, second);
                        if (a.Keyed != b.Keyed) differences.Add(new KeyingDifference(q, item, DifferencePart.Item, a, b));
                    }
                    break;
                case QuestionKind.Text:
                    break;
            }
            if (q.HasText)
            {
                var a = Text(q, first);
                var b = Text(q, second);
                if (a.Unreadable != b.Unreadable || NormalizeText(a.Text) != NormalizeText(b.Text))
                    differences.Add(new KeyingDifference(q, null, DifferencePart.Text, a, b));
            }
        }
        return differences;
    }

    /// <summary>True when the two keyings say the same thing.</summary>
    public static bool Agree(SurveyDefinition definition, PaperForm first, PaperForm second) =>
        first.Blank == second.Blank && Compare(definition, first, second).Count == 0;

    public static string NormalizeText(string? text) =>
        string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static KeyedAnswer Choice(Question q, PaperForm form)
    {
        var chosen = form.Answers.Choices.TryGetValue(q.Code, out var c) ? c : [];
        var meaning = q.Options.Where(o => chosen.Contains(o.Code, StringComparer.Ordinal)).Select(o => o.Text).ToList();
        return new KeyedAnswer(PaperKeying.ChoiceKeyed(q, form), form.IsUnreadable(q.Code), meaning, null);
    }

    private static KeyedAnswer Item(Question q, QuestionItem item, PaperForm form)
    {
        var key = ResponseAnswers.ItemKey(q.Code, item.Code);
        var values = form.Answers.Choices.TryGetValue(key, out var v) ? v : [];
        var meaning = q.Kind == QuestionKind.Rating
            ? values.ToList()
            : q.Options.Where(o => values.Contains(o.Code, StringComparer.Ordinal)).Select(o => o.Text).ToList();
        var keyed = PaperKeying.ItemKeyed(q, item, form);
        return new KeyedAnswer(keyed == PaperKeying.BlankItem(q) ? "" : keyed, form.IsUnreadable(key), meaning, null);
    }

    private static KeyedAnswer Text(Question q, PaperForm form)
    {
        var unreadable = form.IsUnreadable(PaperKeying.TextKey(q.Code));
        var text = form.Answers.Texts.TryGetValue(q.Code, out var t) ? t : null;
        return new KeyedAnswer(unreadable ? PaperKeying.UnreadableText : text ?? "", unreadable, [], text);
    }
}
