namespace GlosKlienta.Domain.Survey;

/// <summary>
/// The answers of one response. Choices are keyed by question code, or "question.item" for the
/// items of a rating or matrix question, and hold option codes or scale values; texts are keyed
/// by question code (the "other" text, the comment, or a text question's answer).
/// </summary>
public sealed class ResponseAnswers
{
    public static readonly ResponseAnswers Empty = new(new Dictionary<string, IReadOnlyList<string>>(), new Dictionary<string, string>());

    public ResponseAnswers(IReadOnlyDictionary<string, IReadOnlyList<string>> choices, IReadOnlyDictionary<string, string> texts)
    {
        Choices = choices;
        Texts = texts;
    }

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Choices { get; }
    public IReadOnlyDictionary<string, string> Texts { get; }

    public bool IsEmpty => Choices.Count == 0 && Texts.Count == 0;

    public static string ItemKey(string questionCode, string itemCode) => questionCode + "." + itemCode;
}
