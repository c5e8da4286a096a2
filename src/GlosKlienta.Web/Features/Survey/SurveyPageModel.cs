using GlosKlienta.Domain.Survey;
using GlosKlienta.Web.Features.Languages;

namespace GlosKlienta.Web.Features.Survey;

/// <summary>
/// What the F1 survey's pages share, online (<see cref="RespondModel"/>) and on a kiosk: reading the posted form,
/// "wyczyść odpowiedź", validation with messages and anchors, the limit, and storing through the one writer.
/// Works without JavaScript: the server validates, an invalid form comes back with every answer kept, and a valid
/// one is acknowledged only after it is committed.
/// </summary>
public abstract class SurveyPageModel(
    SurveyCatalog catalog,
    OfficeProfileProvider office,
    ResponseWriter writer,
    SubmissionLimiter limiter,
    TimeProvider time,
    IStringLocalizer<SharedResource> text,
    ILogger logger) : PageModel
{
    private const string AntiforgeryField = "__RequestVerificationToken";

    /// <summary>The version being answered, in the reader's language where its approval covers that language.</summary>
    public PublishedSurvey Survey { get => survey; protected set => survey = value.In(SiteLanguages.Of(HttpContext).Code); }
    private PublishedSurvey survey = null!;

    /// <summary>True when the reader asked for a language this version is not approved in, so it is shown in Polish.</summary>
    public bool ShownInPolishOnly => SiteLanguages.Of(HttpContext) is var language && !Survey.Languages.Contains(language.Code);
    public Guid SubmissionKey { get; protected set; }
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Submitted { get; private set; } = new Dictionary<string, IReadOnlyList<string>>();
    public IReadOnlyList<(string Field, string Anchor, string Message)> Errors { get; protected set; } = [];
    /// <summary>A problem with sending rather than with an answer (too many sends, storage failure).</summary>
    public string? SendProblem { get; private set; }
    /// <summary>The radio group whose answer was just cleared ("wyczyść odpowiedź"); the form came back without it.</summary>
    public string? Cleared { get; private set; }

    /// <summary>What was wrong with the posted form as it arrived (<see cref="PublicForm"/>) or with its token, in the person's words.</summary>
    public List<string> FormProblems { get; } = [];

    public bool HasErrors => Errors.Count > 0 || SendProblem is not null || FormProblems.Count > 0;

    protected SurveyCatalog Catalog => catalog;

    /// <summary>Form fields that are no answers: the page's own controls besides the shared ones.</summary>
    protected virtual bool IsControlField(string name) => false;

    /// <summary>
    /// Reads the posted form: the version the person saw (a form opened before a new version went live is still
    /// answered against it), the submission key and the answers. False when no version is live at all.
    /// </summary>
    protected async Task<bool> ReadFormAsync(CancellationToken cancellationToken)
    {
        var form = Request.Form;
        var version = int.TryParse(form[RespondModel.VersionField], NumberStyles.None, CultureInfo.InvariantCulture, out var versionId)
            ? await catalog.FindApprovedAsync(versionId, cancellationToken)
            : null;
        version ??= await catalog.GetLiveAsync(cancellationToken);
        if (version is null) return false;
        Survey = version;
        SubmissionKey = Guid.TryParse(form[RespondModel.KeyField], out var key) ? key : Guid.NewGuid();
        Submitted = form
            .Where(f => f.Key is not (AntiforgeryField or RespondModel.VersionField or RespondModel.KeyField or RespondModel.HoneypotField or RespondModel.ClearField)
                && !IsControlField(f.Key))
            .ToDictionary(f => f.Key, f => (IReadOnlyList<string>)f.Value.Select(v => v ?? "").ToList(), StringComparer.Ordinal);
        return true;
    }

    /// <summary>
    /// Whether the form arrived whole and with a valid antiforgery token. When not, <see cref="FormProblems"/> says what
    /// happened and the status is set: the page comes back with every answer that could be kept and stores nothing
    /// (a fresh token comes with it, so sending again works).
    /// </summary>
    protected async Task<bool> ArrivedWholeAsync()
    {
        var posted = PublicForm.Of(HttpContext);
        foreach (var problem in posted?.Problems.Order() ?? Enumerable.Empty<PublicFormProblem>()) FormProblems.Add(PublicFormMessages.For(problem, text));
        if (posted is { Problems.Count: > 0 })
        {
            Response.StatusCode = posted.Problems.Contains(PublicFormProblem.TooLarge) ? StatusCodes.Status413PayloadTooLarge
                : posted.Problems.Contains(PublicFormProblem.TooManyFields) ? StatusCodes.Status400BadRequest
                : StatusCodes.Status422UnprocessableEntity;
            return false;
        }
        if (await HttpContext.RequestServices.GetRequiredService<Microsoft.AspNetCore.Antiforgery.IAntiforgery>().IsRequestValidAsync(HttpContext)) return true;
        FormProblems.Add(text["Form.Problem.Expired"]);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return false;
    }

    /// <summary>
    /// "Wyczyść odpowiedź" (no JavaScript needed): when the form was sent by one of those buttons, the answer is taken out
    /// of <see cref="Submitted"/> and true returned; the page then comes back as it was, nothing validated or stored.
    /// </summary>
    protected bool TryClear()
    {
        if (Request.Form[RespondModel.ClearField].ToString() is not { Length: > 0 } clear) return false;
        if (AnswerClearing.Clear(Survey.Definition, Submitted, clear) is { } rest)
        {
            Submitted = rest;
            Cleared = clear;
        }
        return true;
    }

    /// <summary>Validates <see cref="Submitted"/>; on failure fills <see cref="Errors"/> and returns null.</summary>
    protected ValidationOutcome? Validate(Func<ValidationError, bool>? only = null)
    {
        var outcome = ResponseValidation.Validate(Survey.Definition, Submitted);
        if (outcome.IsValid) return outcome;
        Errors = outcome.Errors.Where(e => only is null || only(e)).Select(e => (e.Field, AnchorFor(e), MessageFor(e))).ToList();
        return null;
    }

    /// <summary>
    /// Takes a permit of <paramref name="limitKey"/> and stores the answers; false with <see cref="SendProblem"/> set
    /// (and the status) when over the limit or when storing failed.
    /// </summary>
    protected async Task<bool> StoreAsync(ResponseAnswers answers, Channel channel, int? kioskId, string limitKey, CancellationToken cancellationToken)
    {
        if (!limiter.TryAcquire(limitKey, out var retryAfter))
        {
            SendProblem = text["Survey.TooManySends", TooManyRequests.Minutes(retryAfter)];
            TooManyRequests.Mark(Response, retryAfter);
            return false;
        }
        try
        {
            var today = (await office.GetAsync(cancellationToken)).Today(time);
            await writer.SaveAsync(new NewResponse(Survey.VersionId, channel, today, SubmissionKey, answers, kioskId), cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "A survey response could not be stored");
            SendProblem = text["Survey.SaveFailed"];
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return false;
        }
    }

    /// <summary>303, so that reloading the thank-you page never sends the form again.</summary>
    protected StatusCodeResult SeeOther(string location)
    {
        Response.Headers.Location = Request.PathBase + location;
        return StatusCode(StatusCodes.Status303SeeOther);
    }

    private string TextOf(string field) =>
        Submitted.TryGetValue(field, out var values) ? string.Join("\n", values) : "";

    private string AnchorFor(ValidationError e)
    {
        var d = Survey.Definition;
        var q = e.QuestionCode is null ? null : d.Find(e.QuestionCode);
        if (e.Field.StartsWith(ResponseValidation.TextPrefix, StringComparison.Ordinal) || q is null)
        {
            if (q is null)
            {
                var first = d.Questions[0];
                return FirstInputOf(first);
            }
            return RespondModel.InputId(e.Field);
        }
        if (e.ItemCode is not null)
            return RespondModel.InputId(e.Field, q.Kind == QuestionKind.Rating ? q.Scale!.Min.ToString(CultureInfo.InvariantCulture) : q.Options[0].Code);
        return RespondModel.InputId(e.Field, q.Options[0].Code);
    }

    private static string FirstInputOf(Question q) => q.Kind switch
    {
        QuestionKind.SingleChoice or QuestionKind.MultipleChoice => RespondModel.InputId(ResponseValidation.ChoiceField(q.Code), q.Options[0].Code),
        QuestionKind.Rating => RespondModel.InputId(ResponseValidation.ChoiceField(q.Code, q.Items[0].Code), q.Scale!.Min.ToString(CultureInfo.InvariantCulture)),
        QuestionKind.Matrix => RespondModel.InputId(ResponseValidation.ChoiceField(q.Code, q.Items[0].Code), q.Options[0].Code),
        QuestionKind.Text => RespondModel.InputId(ResponseValidation.TextField(q.Code)),
    };

    private string MessageFor(ValidationError e)
    {
        var q = e.QuestionCode is null ? null : Survey.Definition.Find(e.QuestionCode);
        var number = q?.Number ?? "";
        var item = q?.Items.FirstOrDefault(i => i.Code == e.ItemCode);
        var textLabel = q is null ? "" : q.Kind == QuestionKind.Text ? q.Text : q.Comment?.Label ?? q.OtherOption?.Other?.Label ?? "";
        return e.Kind switch
        {
            ValidationErrorKind.EmptyForm => text["Survey.Error.EmptyForm"],
            ValidationErrorKind.UnknownField => text["Survey.Error.UnknownField"],
            ValidationErrorKind.InvalidValue when item is not null && q!.Kind == QuestionKind.Rating =>
                text["Survey.Error.InvalidRating", item.Text, q.Scale!.Min, q.Scale.Max],
            ValidationErrorKind.InvalidValue when item is not null => text["Survey.Error.InvalidItem", item.Text],
            ValidationErrorKind.InvalidValue => text["Survey.Error.InvalidValue", number],
            ValidationErrorKind.TooManyValues when item is not null => text["Survey.Error.TooManyItemValues", item.Text],
            ValidationErrorKind.TooManyValues => text["Survey.Error.TooManyValues", number],
            ValidationErrorKind.ExclusiveConflict => text["Survey.Error.ExclusiveConflict",
                q!.Options.First(o => o.Exclusive).Text],
            ValidationErrorKind.OtherTextMissing => q!.OtherOption!.Other!.MissingMessage
                ?? text["Survey.Error.OtherTextMissing", q.OtherOption.Other.Label],
            ValidationErrorKind.OtherTextConflict => text["Survey.Error.OtherTextConflict", textLabel, q!.OtherOption!.Text],
            ValidationErrorKind.TextTooLong => text["Survey.Error.TextTooLong", textLabel, e.Limit ?? 0, TextOf(e.Field).Trim().Length],
        };
    }
}
