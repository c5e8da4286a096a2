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

    /// <summary>The id of a radio group's fieldset, where the page lands after its answer is cleared.</summary>
    public static string GroupId(string field) => "pytanie-" + RespondModel.InputId(field);

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
