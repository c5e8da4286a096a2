using GlosKlienta.Domain.Survey;

namespace GlosKlienta.Web.Features.Survey;

/// <summary>
/// What <c>_SurveyForm.cshtml</c> needs to render the F1 form: the public page passes the live
/// version with what the person sent and its errors; the staff preview passes a draft with
/// <see cref="Preview"/> set, so the very same markup is shown but nothing can be sent.
/// </summary>
public sealed class SurveyFormView
{
    public required SurveyDefinition Definition { get; init; }
    public int VersionId { get; init; }
    public Guid SubmissionKey { get; init; }
    /// <summary>A preview: no hidden fields, no antiforgery token, a disabled send button and a notice that nothing is stored.</summary>
    public bool Preview { get; init; }
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Submitted { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    public IReadOnlyList<(string Field, string Anchor, string Message)> Errors { get; init; } = [];
    /// <summary>The radio group whose answer "wyczyść odpowiedź" has just cleared: it says so.</summary>
    public string? Cleared { get; init; }
    /// <summary>
    /// The kiosk shows one question per screen: the index of the question shown. Answers to the others travel in hidden
    /// fields (nothing is kept on the server until the last screen sends them), with back, next and send buttons.
    /// </summary>
    public int? Step { get; init; }

    public const string StepField = "krok";
    /// <summary>The name of the kiosk's step buttons; the value is one of <see cref="Back"/>, <see cref="Next"/>, <see cref="Send"/>.</summary>
    public const string MoveField = "idz";
    public const string Back = "wstecz";
    public const string Next = "dalej";
    public const string Send = "wyslij";

    public bool IsLastStep => Step is { } s && s >= Definition.Questions.Count - 1;

    /// <summary>Whether an answer field (<c>q.kod</c>, <c>q.kod.pozycja</c>, <c>t.kod</c>) belongs to question <paramref name="code"/>.</summary>
    public static bool BelongsTo(string field, string code) =>
        field == ResponseValidation.ChoiceField(code) || field == ResponseValidation.TextField(code)
        || field.StartsWith(ResponseValidation.ChoiceField(code) + ".", StringComparison.Ordinal);

    /// <summary>The id of a radio group's fieldset, where the page lands after its answer is cleared.</summary>
    public static string GroupId(string field) => "pytanie-" + RespondModel.InputId(field);

    /// <summary>The answers to every question but the one on screen, for the hidden fields of a kiosk step.</summary>
    public IEnumerable<(string Field, string Value)> CarriedAnswers(string shownCode) =>
        Submitted.Where(a => !BelongsTo(a.Key, shownCode)).SelectMany(a => a.Value.Select(v => (a.Key, v)));

    public bool IsChecked(string field, string value) =>
        Submitted.TryGetValue(field, out var values) && values.Contains(value, StringComparer.Ordinal);

    public string TextOf(string field) =>
        Submitted.TryGetValue(field, out var values) ? string.Join("\n", values) : "";

    public string? ErrorFor(string field)
    {
        foreach (var e in Errors)
            if (e.Field == field) return e.Message;
        return null;
    }
}
