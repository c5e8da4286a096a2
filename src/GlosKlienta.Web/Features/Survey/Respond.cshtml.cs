using GlosKlienta.Domain.Survey;

namespace GlosKlienta.Web.Features.Survey;

/// <summary>The F1 survey online (what it shares with the kiosk is in <see cref="SurveyPageModel"/>).</summary>
[AllowAnonymous]
// Read by PublicForm within these limits; the token is checked by ArrivedWholeAsync, so a damaged or expired form comes back filled in.
[PublicForm(SurveyLimits.MaxBodyBytes)]
[IgnoreAntiforgeryToken]
public sealed class RespondModel(
    SurveyCatalog catalog,
    OfficeProfileProvider office,
    ResponseWriter writer,
    SubmissionLimiter limiter,
    TimeProvider time,
    IStringLocalizer<SharedResource> text,
    ILogger<RespondModel> logger) : SurveyPageModel(catalog, office, writer, limiter, time, text, logger)
{
    public const string VersionField = "wersja";
    public const string KeyField = "klucz";
    /// <summary>A field people never see; software that fills every field gives itself away.</summary>
    public const string HoneypotField = "adres_strony";
    /// <summary>The name of the "wyczyść odpowiedź" buttons; the value is the radio group to clear.</summary>
    public const string ClearField = "wyczysc";

    public const string ThanksPath = "/ankieta/dziekujemy";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var live = await Catalog.GetLiveAsync(cancellationToken);
        if (live is null) return NotFound();
        Survey = live;
        SubmissionKey = Guid.NewGuid();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await ReadFormAsync(cancellationToken)) return NotFound();
        if (!await ArrivedWholeAsync()) return Page();

        if (!string.IsNullOrEmpty(Request.Form[HoneypotField]))
        {
            // Answer as if stored, so the sender learns nothing; nothing is kept.
            return SeeOther(ThanksPath);
        }

        if (TryClear()) return Page();

        if (Validate() is not { } outcome)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        if (!await StoreAsync(outcome.Answers!, Channel.Online, null, SubmissionLimiter.ClientKey(HttpContext.Connection.RemoteIpAddress), cancellationToken))
            return Page();
        return SeeOther(ThanksPath);
    }

    /// <summary>The element id of a form control: <c>q.oceny.uprzejmosc</c> with value 5 is <c>q-oceny-uprzejmosc-5</c>.</summary>
    public static string InputId(string field, string? value = null) =>
        field.Replace('.', '-') + (value is null ? "" : "-" + value);

    public static string ErrorId(string field) => "blad-" + InputId(field);
}
