using System.Globalization;
using System.Text;
using GlosKlienta.Domain.Survey;

namespace GlosKlienta.Domain.Paper;

public enum KeyingErrorKind
{
    /// <summary>A character other than a digit or a mark.</summary>
    InvalidCharacter,
    /// <summary>A number that is not one of the options, or a rating off the scale.</summary>
    OutOfRange,
    /// <summary>More numbers than the question takes (one for a single choice, one per item).</summary>
    TooManyNumbers,
    /// <summary>The same option number twice in a multiple-choice answer (a slip of the finger, most likely).</summary>
    RepeatedNumber,
    /// <summary>Options or ratings numbered from 10 up are keyed as two digits each; one digit was left over.</summary>
    IncompleteNumber,
    /// <summary>The unreadable mark together with a number in a single-choice answer.</summary>
    UnreadableNotAlone,
    /// <summary>The answers break one of the survey's rules (<see cref="ResponseValidation"/>), given in <see cref="KeyingError.Rule"/>.</summary>
    Rule,
}

/// <summary>
/// One problem with a keyed form. <see cref="Field"/> is the keying input to look at:
/// <see cref="PaperKeying.KeyField"/> for the digits of a question, <c>t.code</c> for its text.
/// </summary>
public sealed record KeyingError(
    KeyingErrorKind Kind,
    string Field,
    string QuestionCode,
    string? ItemCode = null,
    string? Number = null,
    int? Limit = null,
    ValidationError? Rule = null);

/// <summary>The keyed strings turned into the survey's form fields, before the survey's rules are applied.</summary>
public sealed record KeyingTranslation(
    IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> Fields,
    IReadOnlyList<string> Unreadable,
    IReadOnlyList<string> OtherWithoutText,
    IReadOnlyList<KeyingError> Errors);

public enum PaperReadingStatus
{
    /// <summary>Nothing was keyed: a blank form, recorded without a response.</summary>
    Blank,
    /// <summary>Answers or unreadable marks that follow the rules.</summary>
    Valid,
    /// <summary>Keying errors or broken rules; see the errors.</summary>
    Invalid,
}

public sealed record PaperReading(PaperReadingStatus Status, PaperForm? Form, IReadOnlyList<KeyingError> Errors)
{
    public static readonly PaperReading BlankForm = new(PaperReadingStatus.Blank, PaperForm.BlankForm, []);
}

/// <summary>
/// Reads a paper form keyed as digits. One input per question; the person keying reads the paper and types:
/// <list type="bullet">
/// <item>single choice: the option's number (1-based, as printed beside it on the keying screen);</item>
/// <item>multiple choice: the numbers of the ticked options one after another ("25");</item>
/// <item>rating and matrix questions: one number per item, in order ("54543"); <c>0</c> for an item left empty;</item>
/// <item><c>-</c> where a mark cannot be read: alone for a question, in place of a number for an item,
/// after the numbers of a multiple-choice answer ("25-": 2 and 5 ticked, something else illegible),
/// or as the whole text of a free-text answer;</item>
/// <item>nothing at all for a question left empty. Fewer item numbers than items leave the rest empty.</item>
/// </list>
/// Questions with ten options or more (or a scale reaching 10) take two digits per number: 01, 02, ... 12.
/// The result goes through the same <see cref="ResponseValidation"/> as an online response, with two
/// differences that paper needs: a form with only unreadable marks is still data, and an "other" option
/// ticked without its text (or with the text unreadable) is kept as ticked, since nobody can be asked to
/// complete the paper. A wholly blank form reads as <see cref="PaperReadingStatus.Blank"/>.
/// </summary>
public static class PaperKeying
{
    public const string KeyPrefix = "k.";
    public const char UnreadableMark = '-';
    public const char BlankItemMark = '0';
    /// <summary>An empty item where 0 is itself a value on the scale.</summary>
    public const char BlankItemAlternative = '_';
    public const string UnreadableText = "-";
    public const string TextKeySuffix = ".tekst";

    /// <summary>Validation needs some text beside a ticked "other"; this stands for the text nobody could read or write.</summary>
    private const string OtherTextPlaceholder = "?";

    /// <summary>The name of the keying input of a question: <c>k.plec</c>.</summary>
    public static string KeyField(string questionCode) => KeyPrefix + questionCode;

    /// <summary>The answer key under which an unreadable free text is listed: <c>uwagi.tekst</c>.</summary>
    public static string TextKey(string questionCode) => questionCode + TextKeySuffix;

    /// <summary>Whether the question has a keyed (digit) input; a text question has only its text.</summary>
    public static bool HasKeyInput(Question question) => question.Kind != QuestionKind.Text;

    /// <summary>Digits per number: 1, or 2 when the options (or the scale) reach 10.</summary>
    public static int DigitsPerNumber(Question question) => question.Kind switch
    {
        QuestionKind.Rating => question.Scale!.Max >= 10 ? 2 : 1,
        QuestionKind.SingleChoice or QuestionKind.MultipleChoice or QuestionKind.Matrix => question.Options.Count >= 10 ? 2 : 1,
        QuestionKind.Text => 0,
    };

    /// <summary>How many numbers complete the answer so the cursor can move on by itself: 1 for a single choice, one per item; 0 when the keyer ends it (multiple choice).</summary>
    public static int NumbersToComplete(Question question) => question.Kind switch
    {
        QuestionKind.SingleChoice => 1,
        QuestionKind.Rating or QuestionKind.Matrix => question.Items.Count,
        QuestionKind.MultipleChoice or QuestionKind.Text => 0,
    };

    /// <summary>The longest sensible keyed string for the question's input.</summary>
    public static int MaxKeyLength(Question question) => question.Kind switch
    {
        QuestionKind.SingleChoice => DigitsPerNumber(question),
        QuestionKind.MultipleChoice => question.Options.Count * DigitsPerNumber(question) + 1,
        QuestionKind.Rating or QuestionKind.Matrix => question.Items.Count * DigitsPerNumber(question),
        QuestionKind.Text => 0,
    };

    /// <summary>The keyed number of an option (1-based), as the keyer types it: "3", or "03" in a long list.</summary>
    public static string OptionNumber(Question question, int index) => FormatNumber(index + 1, DigitsPerNumber(question));

    /// <summary>What the keyer types for a rating value: "4", or "04" on a scale reaching 10.</summary>
    public static string RatingNumber(Question question, int value) => FormatNumber(value, DigitsPerNumber(question));

    /// <summary>What the keyer types for an empty item of the question.</summary>
    public static string BlankItem(Question question) =>
        question.Kind == QuestionKind.Rating && question.Scale!.Min == 0
            ? BlankItemAlternative.ToString()
            : new string(BlankItemMark, DigitsPerNumber(question));

    /// <summary>Reads a keyed form: blank, valid (with the answers and unreadable marks) or invalid (with every problem found).</summary>
    public static PaperReading Read(SurveyDefinition definition, KeyedForm keyed)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(keyed);
        if (keyed.IsEmpty) return PaperReading.BlankForm;

        var translation = ToFormFields(definition, keyed);
        var fields = translation.Fields.ToList();
        foreach (var code in translation.OtherWithoutText)
            fields.Add(KeyValuePair.Create(ResponseValidation.TextField(code), (IReadOnlyList<string>)[OtherTextPlaceholder]));

        var outcome = ResponseValidation.Validate(definition, fields);
        var errors = translation.Errors.Concat(outcome.Errors.Where(e => e.Kind != ValidationErrorKind.EmptyForm).Select(e => FromRule(definition, e))).ToList();
        if (errors.Count > 0) return new PaperReading(PaperReadingStatus.Invalid, null, errors);

        if (outcome.Answers is null)
        {
            // Nothing answered: a form of unreadable marks is data; zeros alone ("00000") are a blank form.
            return translation.Unreadable.Count > 0
                ? new PaperReading(PaperReadingStatus.Valid, new PaperForm(false, ResponseAnswers.Empty, translation.Unreadable), [])
                : PaperReading.BlankForm;
        }

        var texts = outcome.Answers.Texts;
        if (translation.OtherWithoutText.Count > 0)
        {
            texts = texts.Where(t => !translation.OtherWithoutText.Contains(t.Key, StringComparer.Ordinal))
                .ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
        }
        var answers = new ResponseAnswers(outcome.Answers.Choices, texts);
        return new PaperReading(PaperReadingStatus.Valid, new PaperForm(false, answers, translation.Unreadable), []);
    }

    /// <summary>
    /// Turns the keyed strings into the form fields <see cref="ResponseValidation.Validate"/> takes
    /// (<c>q.code</c>, <c>q.code.item</c>, <c>t.code</c>), collecting the unreadable marks and the keying errors.
    /// <see cref="KeyingTranslation.OtherWithoutText"/> names the questions whose "other" option is ticked
    /// (or whose text is unreadable) with no text to go with it.
    /// </summary>
    public static KeyingTranslation ToFormFields(SurveyDefinition definition, KeyedForm keyed)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(keyed);
        var fields = new List<KeyValuePair<string, IReadOnlyList<string>>>();
        var unreadable = new List<string>();
        var otherWithoutText = new List<string>();
        var errors = new List<KeyingError>();

        foreach (var q in definition.Questions)
        {
            var otherTicked = false;
            if (HasKeyInput(q))
            {
                var raw = keyed.KeyOf(q.Code);
                if (!string.IsNullOrWhiteSpace(raw))
                {
                    var before = errors.Count;
                    var tokens = Tokenize(q, raw, errors);
                    if (errors.Count == before)
                    {
                        switch (q.Kind)
                        {
                            case QuestionKind.SingleChoice:
                            case QuestionKind.MultipleChoice:
                                otherTicked = ReadChoice(q, tokens, fields, unreadable, errors);
                                break;
                            case QuestionKind.Rating:
                            case QuestionKind.Matrix:
                                ReadItems(q, tokens, fields, unreadable, errors);
                                break;
                            case QuestionKind.Text:
                                break;
                        }
                    }
                }
            }

            if (q.HasText)
            {
                var text = keyed.TextOf(q.Code).Trim();
                if (text == UnreadableText)
                {
                    unreadable.Add(TextKey(q.Code));
                    if (q.OtherOption is not null) otherWithoutText.Add(q.Code);
                }
                else if (text.Length > 0)
                {
                    fields.Add(KeyValuePair.Create(ResponseValidation.TextField(q.Code), (IReadOnlyList<string>)[text]));
                }
                else if (otherTicked)
                {
                    otherWithoutText.Add(q.Code);
                }
            }
        }
        return new KeyingTranslation(fields, unreadable, otherWithoutText, errors);
    }

    /// <summary>
    /// The keyed strings that read back as <paramref name="form"/>: what a correction or the
    /// settling of a difference starts from. Item answers are written out in full ("50543").
    /// </summary>
    public static KeyedForm ToKeyed(SurveyDefinition definition, PaperForm form)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(form);
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        if (form.Blank) return new KeyedForm(keys, texts);
        foreach (var q in definition.Questions)
        {
            if (HasKeyInput(q))
            {
                var key = q.Kind switch
                {
                    QuestionKind.SingleChoice or QuestionKind.MultipleChoice => ChoiceKeyed(q, form),
                    QuestionKind.Rating or QuestionKind.Matrix => string.Concat(q.Items.Select(i => ItemKeyed(q, i, form))),
                    QuestionKind.Text => "",
                };
                if (q.Items.Count > 0 && q.Items.All(i => ItemKeyed(q, i, form) == BlankItem(q))) key = "";
                if (key.Length > 0) keys[q.Code] = key;
            }
            if (q.HasText)
            {
                var text = TextKeyed(q, form);
                if (text.Length > 0) texts[q.Code] = text;
            }
        }
        return new KeyedForm(keys, texts);
    }

    /// <summary>
    /// A saved form echoed back in one line, question by question in keying notation ("1: 2 · 3: 25 · 8: 54534 · 11: „Długa
    /// kolejka…”"), so the person keying sees a typo at once (issue 15). Unanswered questions show "–"; long texts are cut.
    /// </summary>
    public static string Echo(SurveyDefinition definition, PaperForm form, int textLength = 40)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(form);
        var keyed = ToKeyed(definition, form);
        var parts = new List<string>();
        foreach (var q in definition.Questions)
        {
            var label = q.Number ?? q.Code;
            var key = keyed.KeyOf(q.Code);
            var text = keyed.TextOf(q.Code).ReplaceLineEndings(" ").Trim();
            if (text.Length > textLength) text = text[..textLength].TrimEnd() + "…";
            var shown = HasKeyInput(q) ? (key.Length > 0 ? key : "–") : "";
            if (text.Length > 0) shown = (shown.Length > 0 ? shown + " " : "") + "„" + text + "”";
            parts.Add($"{label}: {(shown.Length > 0 ? shown : "–")}");
        }
        return string.Join(" · ", parts);
    }

    /// <summary>The keyed string of a choice question's answer: "3", "25", "25-", "-" or "".</summary>
    public static string ChoiceKeyed(Question question, PaperForm form)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(form);
        var sb = new StringBuilder();
        if (form.Answers.Choices.TryGetValue(question.Code, out var chosen))
        {
            for (var i = 0; i < question.Options.Count; i++)
                if (chosen.Contains(question.Options[i].Code, StringComparer.Ordinal)) sb.Append(OptionNumber(question, i));
        }
        if (form.IsUnreadable(question.Code)) sb.Append(UnreadableMark);
        return sb.ToString();
    }

    /// <summary>The keyed token of one item: its number, the blank or the unreadable mark.</summary>
    public static string ItemKeyed(Question question, QuestionItem item, PaperForm form)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(form);
        var key = ResponseAnswers.ItemKey(question.Code, item.Code);
        if (form.IsUnreadable(key)) return UnreadableMark.ToString();
        if (!form.Answers.Choices.TryGetValue(key, out var values) || values.Count == 0) return BlankItem(question);
        if (question.Kind == QuestionKind.Rating)
            return int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? RatingNumber(question, v) : BlankItem(question);
        var index = question.Options.Select(o => o.Code).ToList().IndexOf(values[0]);
        return index < 0 ? BlankItem(question) : OptionNumber(question, index);
    }

    /// <summary>The free text as keyed: the text, "-" when unreadable, or "".</summary>
    public static string TextKeyed(Question question, PaperForm form)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(form);
        if (form.IsUnreadable(TextKey(question.Code))) return UnreadableText;
        return form.Answers.Texts.TryGetValue(question.Code, out var text) ? text : "";
    }

    private static string FormatNumber(int value, int digits) =>
        value.ToString(digits == 2 ? "00" : "0", CultureInfo.InvariantCulture);

    private readonly record struct Token(string? Number, bool Unreadable, bool Blank);

    private static List<Token> Tokenize(Question q, string raw, List<KeyingError> errors)
    {
        var field = KeyField(q.Code);
        var width = DigitsPerNumber(q);
        var tokens = new List<Token>();
        var pending = new StringBuilder();
        foreach (var c in raw)
        {
            if (char.IsWhiteSpace(c)) continue;
            if (c is >= '0' and <= '9')
            {
                pending.Append(c);
                if (pending.Length == width)
                {
                    tokens.Add(new Token(pending.ToString(), false, false));
                    pending.Clear();
                }
                continue;
            }
            if (pending.Length > 0)
            {
                errors.Add(new KeyingError(KeyingErrorKind.IncompleteNumber, field, q.Code, Limit: width));
                return tokens;
            }
            if (c == UnreadableMark) tokens.Add(new Token(null, true, false));
            else if (c == BlankItemAlternative && q.Items.Count > 0) tokens.Add(new Token(null, false, true));
            else
            {
                errors.Add(new KeyingError(KeyingErrorKind.InvalidCharacter, field, q.Code, Number: c.ToString()));
                return tokens;
            }
        }
        if (pending.Length > 0) errors.Add(new KeyingError(KeyingErrorKind.IncompleteNumber, field, q.Code, Limit: width));
        return tokens;
    }

    /// <summary>Reads a choice answer; true when the "other" option is among the ticked.</summary>
    private static bool ReadChoice(Question q, List<Token> tokens, List<KeyValuePair<string, IReadOnlyList<string>>> fields, List<string> unreadable, List<KeyingError> errors)
    {
        var field = KeyField(q.Code);
        var marks = tokens.Count(t => t.Unreadable);
        var numbers = tokens.Where(t => t.Number is not null).Select(t => t.Number!).ToList();
        if (q.Kind == QuestionKind.SingleChoice)
        {
            if (marks > 0 && numbers.Count > 0)
            {
                errors.Add(new KeyingError(KeyingErrorKind.UnreadableNotAlone, field, q.Code));
                return false;
            }
            if (tokens.Count > 1)
            {
                errors.Add(new KeyingError(KeyingErrorKind.TooManyNumbers, field, q.Code, Limit: 1));
                return false;
            }
        }
        else if (marks > 1)
        {
            errors.Add(new KeyingError(KeyingErrorKind.RepeatedNumber, field, q.Code, Number: UnreadableMark.ToString()));
            return false;
        }

        var codes = new List<string>();
        foreach (var number in numbers)
        {
            var n = int.Parse(number, NumberStyles.None, CultureInfo.InvariantCulture);
            if (n < 1 || n > q.Options.Count)
            {
                errors.Add(new KeyingError(KeyingErrorKind.OutOfRange, field, q.Code, Number: number, Limit: q.Options.Count));
                return false;
            }
            var code = q.Options[n - 1].Code;
            if (codes.Contains(code, StringComparer.Ordinal))
            {
                errors.Add(new KeyingError(KeyingErrorKind.RepeatedNumber, field, q.Code, Number: number));
                return false;
            }
            codes.Add(code);
        }
        if (codes.Count > 0) fields.Add(KeyValuePair.Create(ResponseValidation.ChoiceField(q.Code), (IReadOnlyList<string>)codes));
        if (marks > 0) unreadable.Add(q.Code);
        return q.OtherOption is { } other && codes.Contains(other.Code, StringComparer.Ordinal);
    }

    private static void ReadItems(Question q, List<Token> tokens, List<KeyValuePair<string, IReadOnlyList<string>>> fields, List<string> unreadable, List<KeyingError> errors)
    {
        var field = KeyField(q.Code);
        if (tokens.Count > q.Items.Count)
        {
            errors.Add(new KeyingError(KeyingErrorKind.TooManyNumbers, field, q.Code, Limit: q.Items.Count));
            return;
        }
        var itemFields = new List<KeyValuePair<string, IReadOnlyList<string>>>();
        var itemUnreadable = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var item = q.Items[i];
            var token = tokens[i];
            if (token.Unreadable)
            {
                itemUnreadable.Add(ResponseAnswers.ItemKey(q.Code, item.Code));
                continue;
            }
            if (token.Blank) continue;
            var n = int.Parse(token.Number!, NumberStyles.None, CultureInfo.InvariantCulture);
            string? value;
            if (q.Kind == QuestionKind.Rating)
            {
                var scale = q.Scale!;
                if (n == 0 && scale.Min > 0) continue;
                value = n >= scale.Min && n <= scale.Max ? n.ToString(CultureInfo.InvariantCulture) : null;
            }
            else
            {
                if (n == 0) continue;
                value = n <= q.Options.Count ? q.Options[n - 1].Code : null;
            }
            if (value is null)
            {
                errors.Add(new KeyingError(KeyingErrorKind.OutOfRange, field, q.Code, item.Code, token.Number,
                    q.Kind == QuestionKind.Rating ? q.Scale!.Max : q.Options.Count));
                return;
            }
            itemFields.Add(KeyValuePair.Create(ResponseValidation.ChoiceField(q.Code, item.Code), (IReadOnlyList<string>)[value]));
        }
        fields.AddRange(itemFields);
        unreadable.AddRange(itemUnreadable);
    }

    private static KeyingError FromRule(SurveyDefinition definition, ValidationError rule)
    {
        var code = rule.QuestionCode ?? definition.Questions[0].Code;
        var q = definition.Find(code);
        var field = rule.Field.StartsWith(ResponseValidation.TextPrefix, StringComparison.Ordinal) || q is null || !HasKeyInput(q)
            ? ResponseValidation.TextField(code)
            : KeyField(code);
        return new KeyingError(KeyingErrorKind.Rule, field, code, rule.ItemCode, Limit: rule.Limit, Rule: rule);
    }
}
