using System.Text.Json;
using GlosKlienta.Domain.Survey;

namespace GlosKlienta.Domain.Paper;

/// <summary>
/// What was keyed from one paper form, before it is read: per question the keyed string (option
/// numbers, digits per item, marks; see <see cref="PaperKeying"/>) and per question the free text
/// as written on the form. Both are keyed by question code.
/// </summary>
public sealed record KeyedForm(IReadOnlyDictionary<string, string> Keys, IReadOnlyDictionary<string, string> Texts)
{
    public static readonly KeyedForm Empty = new(new Dictionary<string, string>(), new Dictionary<string, string>());

    public string KeyOf(string questionCode) => Keys.TryGetValue(questionCode, out var v) ? v ?? "" : "";

    public string TextOf(string questionCode) => Texts.TryGetValue(questionCode, out var v) ? v ?? "" : "";

    /// <summary>True when nothing at all was keyed: no digit, no mark, no text.</summary>
    public bool IsEmpty => Keys.Values.All(string.IsNullOrWhiteSpace) && Texts.Values.All(string.IsNullOrWhiteSpace);
}

/// <summary>
/// The content of one paper form as it is stored: the answers (same shape as an online response),
/// the answers marked unreadable, or a blank form. <see cref="Unreadable"/> holds answer keys:
/// a question code (a choice question), <c>question.item</c> (an item of a rating or matrix
/// question) or <c>question.tekst</c> (<see cref="PaperKeying.TextKey"/>: the free text).
/// </summary>
public sealed record PaperForm(bool Blank, ResponseAnswers Answers, IReadOnlyList<string> Unreadable)
{
    public static readonly PaperForm BlankForm = new(true, ResponseAnswers.Empty, []);

    private static readonly JsonSerializerOptions TextsJson = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public bool IsUnreadable(string answerKey) => Unreadable.Contains(answerKey, StringComparer.Ordinal);

    /// <summary>The stored form of the choices (<see cref="StoredChoices"/>).</summary>
    public string EncodedChoices => StoredChoices.Encode(Answers.Choices);

    /// <summary>The free texts as a JSON object, question code to text (<c>PaperEntry.Texts</c>).</summary>
    public string EncodedTexts => EncodeTexts(Answers.Texts);

    /// <summary>The unreadable answer keys, comma-separated; null when there are none.</summary>
    public string? EncodedUnreadable => Unreadable.Count == 0 ? null : string.Join(',', Unreadable);

    public static string EncodeTexts(IReadOnlyDictionary<string, string> texts) => JsonSerializer.Serialize(texts, TextsJson);

    public static IReadOnlyDictionary<string, string> DecodeTexts(string? json) =>
        string.IsNullOrWhiteSpace(json)
            ? new Dictionary<string, string>(StringComparer.Ordinal)
            : JsonSerializer.Deserialize<Dictionary<string, string>>(json, TextsJson) ?? new Dictionary<string, string>(StringComparer.Ordinal);

    public static IReadOnlyList<string> DecodeUnreadable(string? stored) =>
        string.IsNullOrWhiteSpace(stored) ? [] : stored.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Reads a stored keying or response back (the columns of <c>PaperEntry</c> or <c>SurveyResponse</c>).</summary>
    public static PaperForm FromStored(bool blank, string? choices, IReadOnlyDictionary<string, string> texts, string? unreadable) =>
        blank
            ? BlankForm
            : new PaperForm(false, new ResponseAnswers(StoredChoices.Decode(choices ?? ""), texts), DecodeUnreadable(unreadable));
}
