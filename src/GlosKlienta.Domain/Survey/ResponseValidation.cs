namespace GlosKlienta.Domain.Survey;

public enum ValidationErrorKind
{
    /// <summary>Nothing was answered.</summary>
    EmptyForm,
    /// <summary>A field that the survey version does not have.</summary>
    UnknownField,
    /// <summary>A value that is not one of the question's options or outside the scale.</summary>
    InvalidValue,
    /// <summary>More than one value where one is expected.</summary>
    TooManyValues,
    /// <summary>An exclusive option ("no difficulties") chosen with others.</summary>
    ExclusiveConflict,
    /// <summary>The "other" option chosen without its text.</summary>
    OtherTextMissing,
    /// <summary>An "other" text written while a different single option is chosen.</summary>
    OtherTextConflict,
    /// <summary>A text over its length limit.</summary>
    TextTooLong,
}

/// <summary>
/// One problem with a submitted form. <see cref="Field"/> is the form field the person should
/// look at (a choice field <c>q.code</c> / <c>q.code.item</c> or a text field <c>t.code</c>);
/// empty for the form as a whole.
/// </summary>
public sealed record ValidationError(ValidationErrorKind Kind, string Field, string? QuestionCode, string? ItemCode = null, int? Limit = null);

public sealed record ValidationOutcome(ResponseAnswers? Answers, IReadOnlyList<ValidationError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// The rules every response follows, whatever its channel. The input is the submitted form as
/// field name to values; field names are <c>q.{question}</c>, <c>q.{question}.{item}</c> for
/// choices and scale values and <c>t.{question}</c> for texts. Empty values count as not answered.
/// </summary>
public static class ResponseValidation
{
    public const string ChoicePrefix = "q.";
    public const string TextPrefix = "t.";

    public static string ChoiceField(string questionCode) => ChoicePrefix + questionCode;
    public static string ChoiceField(string questionCode, string itemCode) => ChoicePrefix + questionCode + "." + itemCode;
    public static string TextField(string questionCode) => TextPrefix + questionCode;

    public static ValidationOutcome Validate(SurveyDefinition definition, IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> form)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(form);

        var errors = new List<ValidationError>();
        var submitted = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (name, values) in form)
        {
            var nonEmpty = values.Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
            if (!submitted.TryGetValue(name, out var list)) submitted[name] = list = [];
            list.AddRange(nonEmpty);
        }

        var known = new HashSet<string>(StringComparer.Ordinal);
        var choices = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (var q in definition.Questions)
        {
            switch (q.Kind)
            {
                case QuestionKind.SingleChoice:
                case QuestionKind.MultipleChoice:
                    ValidateChoice(q, submitted, known, choices, texts, errors);
                    break;
                case QuestionKind.Rating:
                    foreach (var item in q.Items)
                    {
                        var allowed = q.Scale!.Values.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture));
                        ValidateItem(q, item, allowed, submitted, known, choices, errors);
                    }
                    break;
                case QuestionKind.Matrix:
                    foreach (var item in q.Items)
                        ValidateItem(q, item, q.Options.Select(o => o.Code), submitted, known, choices, errors);
                    break;
                case QuestionKind.Text:
                    break;
            }

            if (q.Kind == QuestionKind.Text || q.Comment is not null)
            {
                var field = TextField(q.Code);
                known.Add(field);
                var text = SingleText(submitted, field);
                if (text is not null)
                {
                    if (text.Length > q.TextMaxLength) errors.Add(new(ValidationErrorKind.TextTooLong, field, q.Code, Limit: q.TextMaxLength));
                    else texts[q.Code] = text;
                }
            }
        }

        foreach (var name in submitted.Keys)
        {
            if (!known.Contains(name)) errors.Add(new(ValidationErrorKind.UnknownField, name, null));
        }

        if (errors.Count == 0 && choices.Count == 0 && texts.Count == 0)
            errors.Add(new(ValidationErrorKind.EmptyForm, "", null));

        return errors.Count == 0
            ? new ValidationOutcome(new ResponseAnswers(choices, texts), errors)
            : new ValidationOutcome(null, errors);
    }

    private static void ValidateChoice(
        Question q,
        Dictionary<string, List<string>> submitted,
        HashSet<string> known,
        Dictionary<string, IReadOnlyList<string>> choices,
        Dictionary<string, string> texts,
        List<ValidationError> errors)
    {
        var field = ChoiceField(q.Code);
        known.Add(field);
        var chosen = submitted.TryGetValue(field, out var v) ? v.Distinct(StringComparer.Ordinal).ToList() : [];
        var errorCount = errors.Count;

        foreach (var code in chosen)
        {
            if (!q.Options.Any(o => o.Code == code)) errors.Add(new(ValidationErrorKind.InvalidValue, field, q.Code));
        }
        if (q.Kind == QuestionKind.SingleChoice && chosen.Count > 1)
            errors.Add(new(ValidationErrorKind.TooManyValues, field, q.Code));

        var other = q.OtherOption;
        if (other is not null)
        {
            var textField = TextField(q.Code);
            known.Add(textField);
            var text = SingleText(submitted, textField);
            if (text is not null)
            {
                if (text.Length > other.Other!.MaxLength)
                    errors.Add(new(ValidationErrorKind.TextTooLong, textField, q.Code, Limit: other.Other.MaxLength));
                // A written "other" answer counts as choosing "other", as a person keying a paper form would read it,
                // unless a different single answer contradicts it.
                if (!chosen.Contains(other.Code))
                {
                    if (q.Kind == QuestionKind.SingleChoice && chosen.Count > 0)
                        errors.Add(new(ValidationErrorKind.OtherTextConflict, textField, q.Code));
                    else
                        chosen.Add(other.Code);
                }
                texts[q.Code] = text;
            }
            else if (chosen.Contains(other.Code))
            {
                errors.Add(new(ValidationErrorKind.OtherTextMissing, textField, q.Code));
            }
        }

        var exclusive = q.Options.Where(o => o.Exclusive).Select(o => o.Code).ToHashSet(StringComparer.Ordinal);
        if (chosen.Count > 1 && chosen.Any(exclusive.Contains))
            errors.Add(new(ValidationErrorKind.ExclusiveConflict, field, q.Code));

        if (errors.Count == errorCount && chosen.Count > 0)
        {
            // Keep the definition's order so the stored form is canonical.
            choices[q.Code] = q.Options.Where(o => chosen.Contains(o.Code)).Select(o => o.Code).ToList();
        }
    }

    private static void ValidateItem(
        Question q,
        QuestionItem item,
        IEnumerable<string> allowed,
        Dictionary<string, List<string>> submitted,
        HashSet<string> known,
        Dictionary<string, IReadOnlyList<string>> choices,
        List<ValidationError> errors)
    {
        var field = ChoiceField(q.Code, item.Code);
        known.Add(field);
        if (!submitted.TryGetValue(field, out var values) || values.Count == 0) return;
        var distinct = values.Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count > 1)
        {
            errors.Add(new(ValidationErrorKind.TooManyValues, field, q.Code, item.Code));
            return;
        }
        if (!allowed.Contains(distinct[0], StringComparer.Ordinal))
        {
            errors.Add(new(ValidationErrorKind.InvalidValue, field, q.Code, item.Code));
            return;
        }
        choices[ResponseAnswers.ItemKey(q.Code, item.Code)] = distinct;
    }

    private static string? SingleText(Dictionary<string, List<string>> submitted, string field)
    {
        if (!submitted.TryGetValue(field, out var values) || values.Count == 0) return null;
        var text = string.Join("\n", values).Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        return text.Length == 0 ? null : text;
    }
}
