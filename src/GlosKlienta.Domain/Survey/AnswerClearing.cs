namespace GlosKlienta.Domain.Survey;

/// <summary>
/// Taking back a radio answer without JavaScript (a chosen radio cannot be unchosen in the browser itself): the form is
/// posted with the radio group to clear and comes back with that group empty and everything else as it was sent.
/// Nothing is validated or stored.
/// </summary>
public static class AnswerClearing
{
    /// <summary>A group of radios answered by one choice: a single-choice question, or one item of a rating or matrix question.</summary>
    public sealed record RadioGroup(string Field, Question Question, QuestionItem? Item);

    public static IEnumerable<RadioGroup> RadioGroups(SurveyDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        foreach (var q in definition.Questions)
        {
            switch (q.Kind)
            {
                case QuestionKind.SingleChoice:
                    yield return new RadioGroup(ResponseValidation.ChoiceField(q.Code), q, null);
                    break;
                case QuestionKind.Rating:
                case QuestionKind.Matrix:
                    foreach (var item in q.Items) yield return new RadioGroup(ResponseValidation.ChoiceField(q.Code, item.Code), q, item);
                    break;
                case QuestionKind.MultipleChoice:
                case QuestionKind.Text:
                    break; // a checkbox is unticked and a text deleted in the browser
            }
        }
    }

    /// <summary>
    /// The answers with <paramref name="field"/> cleared; a single-choice question's "other" text goes with it, as it
    /// answers the same question (kept alone it would contradict the empty choice). Null when the field is no radio group.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>>? Clear(
        SurveyDefinition definition, IReadOnlyDictionary<string, IReadOnlyList<string>> answers, string field)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var group = RadioGroups(definition).FirstOrDefault(g => g.Field == field);
        if (group is null) return null;
        var otherText = group.Item is null && group.Question.OtherOption is not null ? ResponseValidation.TextField(group.Question.Code) : null;
        return answers.Where(a => a.Key != field && a.Key != otherText).ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
    }
}
