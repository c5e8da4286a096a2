using System.Text;

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

    /// <summary>
    /// The compact stored form of the choices: <c>plec=kobieta;trudnosci=brak-informacji,inne;oceny.uprzejmosc=5</c>,
    /// keys in the order of the definition. Codes are slugs, so nothing needs escaping.
    /// </summary>
    public string EncodeChoices()
    {
        var sb = new StringBuilder(128);
        foreach (var (key, values) in Choices)
        {
            if (sb.Length > 0) sb.Append(';');
            sb.Append(key).Append('=').AppendJoin(',', values);
        }
        return sb.ToString();
    }

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> DecodeChoices(string encoded)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(encoded)) return result;
        foreach (var pair in encoded.Split(';'))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0) throw new FormatException($"Malformed stored answer '{pair}'.");
            result[pair[..eq]] = pair[(eq + 1)..].Split(',');
        }
        return result;
    }
}
