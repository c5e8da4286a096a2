using System.Globalization;
using GlosKlienta.Domain.Survey;

namespace GlosKlienta.Domain.Paper;

/// <summary>What a queued key stands for: a choice question, one item of a rating or matrix question, or a written answer.</summary>
public sealed record ScanTarget(Question Question, QuestionItem? Item, bool IsText)
{
    /// <summary>The decision is one number of one item ("5", "0", "-"), not a whole question's keying.</summary>
    public bool IsItem => Item is not null;
}

/// <summary>
/// The verification queue of scanned forms in the keying screen's conventions (issue 14): the reader's proposal for a doubtful
/// question or item written as the person would key it, a decision checked as keying checks it, and a scanned form put together
/// from what the reader decided and what people decided, ready for <see cref="PaperKeying.Read"/>.
/// </summary>
public static class ScanKeying
{
    /// <summary>What the key names: a question code, an item key (<c>oceny.uprzejmosc</c>) or a text key (<c>uwagi.tekst</c>); null when the definition has no such thing.</summary>
    public static ScanTarget? Target(SurveyDefinition definition, string key)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(key);
        foreach (var q in definition.Questions)
        {
            if (q.HasText && key == PaperKeying.TextKey(q.Code)) return new ScanTarget(q, null, true);
            if (key == q.Code && q.Kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice) return new ScanTarget(q, null, false);
            foreach (var item in q.Items)
                if (key == ResponseAnswers.ItemKey(q.Code, item.Code)) return new ScanTarget(q, item, false);
        }
        return null;
    }

    /// <summary>The reader's proposed values in keying notation: "2" or "25" for a question, "5" or "0" for an item.</summary>
    public static string Proposal(ScanTarget target, IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(values);
        if (target.IsText) return "";
        var key = target.Item is { } item ? ResponseAnswers.ItemKey(target.Question.Code, item.Code) : target.Question.Code;
        var form = new PaperForm(false, new ResponseAnswers(new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { [key] = values }, new Dictionary<string, string>()), []);
        return target.Item is { } i ? PaperKeying.ItemKeyed(target.Question, i, form) : PaperKeying.ChoiceKeyed(target.Question, form);
    }

    /// <summary>
    /// The keyed form of a scanned form: the reader's decided answers (<paramref name="decidedChoices"/>, stored-answers form) with
    /// the people's decisions (key → what they keyed) laid over them. Undecided keys are left as the reader left them (no answer).
    /// </summary>
    public static KeyedForm Compose(SurveyDefinition definition, string decidedChoices, IReadOnlyDictionary<string, string> decisions)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(decisions);
        var decided = new PaperForm(false, new ResponseAnswers(StoredChoices.Decode(decidedChoices), new Dictionary<string, string>()), []);
        var keyed = PaperKeying.ToKeyed(definition, decided);
        var keys = new Dictionary<string, string>(keyed.Keys, StringComparer.Ordinal);
        var texts = new Dictionary<string, string>(keyed.Texts, StringComparer.Ordinal);
        foreach (var q in definition.Questions)
        {
            if (q.HasText && decisions.TryGetValue(PaperKeying.TextKey(q.Code), out var text)) texts[q.Code] = text.Trim();
            if (q.Kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice)
            {
                if (decisions.TryGetValue(q.Code, out var choice)) keys[q.Code] = choice.Trim();
            }
            else if (q.Items.Count > 0 && q.Items.Any(i => decisions.ContainsKey(ResponseAnswers.ItemKey(q.Code, i.Code))))
            {
                var tokens = q.Items.Select(i => decisions.TryGetValue(ResponseAnswers.ItemKey(q.Code, i.Code), out var d)
                    ? (d.Trim().Length == 0 ? PaperKeying.BlankItem(q) : d.Trim())
                    : PaperKeying.ItemKeyed(q, i, decided)).ToList();
                var all = string.Concat(tokens);
                if (tokens.All(t => t == PaperKeying.BlankItem(q))) keys.Remove(q.Code);
                else keys[q.Code] = all;
            }
        }
        return new KeyedForm(keys, texts);
    }

    /// <summary>
    /// Whether a decision for one item has the shape of one keyed number: the number (two digits on a scale or list reaching 10),
    /// the blank mark, the unreadable mark, or nothing (no answer). A whole question's decision is checked by <see cref="PaperKeying.Read"/>.
    /// </summary>
    public static bool IsOneItemNumber(ScanTarget target, string decision)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(decision);
        var d = decision.Trim();
        if (d.Length == 0 || d == PaperKeying.UnreadableMark.ToString(CultureInfo.InvariantCulture) || d == PaperKeying.BlankItem(target.Question)) return true;
        return d.Length == PaperKeying.DigitsPerNumber(target.Question) && d.All(char.IsAsciiDigit);
    }
}
