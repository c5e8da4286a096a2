using GlosKlienta.Domain.Survey;
using GlosKlienta.Web.Features.Survey;
using Microsoft.Extensions.Options;

namespace GlosKlienta.Web.Features.Kiosks;

/// <summary>
/// The F1 survey on a registered kiosk: the live version, one question per screen. Every screen is a fresh page, so
/// the idle return to the start (a meta refresh, no script) counts from the last answer given, not from the first
/// screen; the answers so far travel in the form and nothing is kept until the last screen sends them. Stored with
/// the kiosk channel and the kiosk's id; limited per kiosk, never per address. Any other browser gets nothing to send.
/// </summary>
[AllowAnonymous]
[PublicForm(SurveyLimits.MaxBodyBytes)]
[IgnoreAntiforgeryToken]
public sealed class RespondModel(
    SurveyCatalog catalog,
    OfficeProfileProvider office,
    ResponseWriter writer,
    SubmissionLimiter limiter,
    TimeProvider time,
    IStringLocalizer<SharedResource> text,
    ILogger<RespondModel> logger,
    KioskDevices kiosks,
    IOptions<KioskOptions> options) : SurveyPageModel(catalog, office, writer, limiter, time, text, logger)
{
    public const string Path = "/kiosk";
    public const string ThanksPath = "/kiosk/dziekujemy";

    /// <summary>Null when the browser is no registered kiosk (or its kiosk was revoked).</summary>
    public int? KioskId { get; private set; }
    public int Step { get; private set; }
    public int IdleSeconds => options.Value.IdleSeconds;

    protected override bool IsControlField(string name) => name is SurveyFormView.StepField or SurveyFormView.MoveField;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await RecogniseAsync(cancellationToken)) return Page();
        // A kiosk in use keeps its cookie alive (browsers cap a cookie's life at 400 days).
        KioskDevices.SetCookie(HttpContext, Request.Cookies[KioskDevices.CookieName]!);
        var live = await Catalog.GetLiveAsync(cancellationToken);
        if (live is null) return NotFound();
        Survey = live;
        SubmissionKey = Guid.NewGuid();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await RecogniseAsync(cancellationToken)) return Page();
        if (!await ReadFormAsync(cancellationToken)) return NotFound();
        var questions = Survey.Definition.Questions;
        Step = int.TryParse(Request.Form[SurveyFormView.StepField], NumberStyles.None, CultureInfo.InvariantCulture, out var step)
            ? Math.Clamp(step, 0, questions.Count - 1) : 0;
        if (!await ArrivedWholeAsync()) return Page();

        if (TryClear()) return Page();

        var move = Request.Form[SurveyFormView.MoveField].ToString();
        if (move == SurveyFormView.Back)
        {
            Step = Math.Max(0, Step - 1);
            return Page();
        }

        if (move != SurveyFormView.Send || Step < questions.Count - 1)
        {
            // Next: this screen's answers must be valid; an empty one is fine (every answer is optional).
            var shown = questions[Step].Code;
            if (Validate(e => e.QuestionCode == shown) is null && Errors.Count > 0)
            {
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return Page();
            }
            Errors = [];
            Step = Math.Min(Step + 1, questions.Count - 1);
            return Page();
        }

        if (Validate() is not { } outcome)
        {
            // Back to the first question with a problem, with its messages; an empty survey is told on the last screen.
            var index = questions.ToList().FindIndex(q => Errors.Any(e => SurveyFormView.BelongsTo(e.Field, q.Code)));
            if (index >= 0)
            {
                Step = index;
                Errors = Errors.Where(e => SurveyFormView.BelongsTo(e.Field, questions[index].Code)).ToList();
            }
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        if (!await StoreAsync(outcome.Answers!, Channel.Kiosk, KioskId, SubmissionLimiter.KioskKey(KioskId!.Value), cancellationToken))
            return Page();
        return SeeOther(ThanksPath);
    }

    /// <summary>Whether the browser is a registered kiosk; when not, the page says so with 403 and offers nothing to send.</summary>
    private async Task<bool> RecogniseAsync(CancellationToken cancellationToken)
    {
        KioskId = await kiosks.IdentifyAsync(Request, cancellationToken);
        if (KioskId is not null) return true;
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return false;
    }
}
