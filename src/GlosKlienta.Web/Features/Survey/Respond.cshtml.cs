using GlosKlienta.Domain.Survey;

namespace GlosKlienta.Web.Features.Survey;

/// <summary>
/// The F1 survey online. Works without JavaScript: the server validates, an invalid form comes
/// back with every answer kept, and a valid one is acknowledged only after it is committed.
/// </summary>
[AllowAnonymous]
public sealed class RespondModel(
    SurveyCatalog catalog,
    OfficeProfileProvider office,
    ResponseWriter writer,
    SubmissionLimiter limiter,
    TimeProvider time,
    IStringLocalizer<SharedResource> text,
    ILogger<RespondModel> logger) : PageModel
{
    public const string VersionField = "wersja";
    public const string KeyField = "klucz";
    /// <summary>A field people never see; software that fills every field gives itself away.</summary>
    public const string HoneypotField = "adres_strony";
    /// <summary>The name of the "wyczyść odpowiedź" buttons; the value is the radio group to clear.</summary>
    public const string ClearField = "wyczysc";
    private const string AntiforgeryField = "__RequestVerificationToken";

    public PublishedSurvey Survey { get; private set; } = null!;
    public Guid SubmissionKey { get; private set; }
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Submitted { get; private set; } = new Dictionary<string, IReadOnlyList<string>>();
    public IReadOnlyList<(string Field, string Anchor, string Message)> Errors { get; private set; } = [];
    /// <summary>A problem with sending rather than with an answer (too many sends, storage failure).</summary>
    public string? SendProblem { get; private set; }
    /// <summary>The radio group whose answer was just cleared ("wyczyść odpowiedź"); the form came back without it.</summary>
    public string? Cleared { get; private set; }

    public bool HasErrors => Errors.Count > 0 || SendProblem is not null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var live = await catalog.GetLiveAsync(cancellationToken);
        if (live is null) return NotFound();
        Survey = live;
        SubmissionKey = Guid.NewGuid();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var form = Request.Form;
        var version = int.TryParse(form[VersionField], NumberStyles.None, CultureInfo.InvariantCulture, out var versionId)
            ? await catalog.FindApprovedAsync(versionId, cancellationToken)
            : null;
        // A form opened before a new version went live is still answered against the version the person saw.
        version ??= await catalog.GetLiveAsync(cancellationToken);
        if (version is null) return NotFound();
        Survey = version;
        SubmissionKey = Guid.TryParse(form[KeyField], out var key) ? key : Guid.NewGuid();

        var answers = form
            .Where(f => f.Key is not (AntiforgeryField or VersionField or KeyField or HoneypotField or ClearField))
            .ToDictionary(f => f.Key, f => (IReadOnlyList<string>)f.Value.Select(v => v ?? "").ToList(), StringComparer.Ordinal);
        Submitted = answers;

        if (!string.IsNullOrEmpty(form[HoneypotField]))
        {
            // Answer as if stored, so the sender learns nothing; nothing is kept.
            return SeeOther(ThanksPath);
        }

        if (form[ClearField].ToString() is { Length: > 0 } clear)
        {
            // "Wyczyść odpowiedź" (no JavaScript needed): the same form back with that answer empty; nothing is validated or stored.
            if (AnswerClearing.Clear(version.Definition, answers, clear) is { } rest)
            {
                Submitted = rest;
                Cleared = clear;
            }
            return Page();
        }

        var outcome = ResponseValidation.Validate(version.Definition, answers);
        if (!outcome.IsValid)
        {
            Errors = outcome.Errors.Select(e => (e.Field, AnchorFor(e), MessageFor(e))).ToList();
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        if (!limiter.TryAcquire(SubmissionLimiter.ClientKey(HttpContext.Connection.RemoteIpAddress), out var retryAfter))
        {
            SendProblem = text["Survey.TooManySends", TooManyRequests.Minutes(retryAfter)];
            TooManyRequests.Mark(Response, retryAfter);
            return Page();
        }

        try
        {
            var today = (await office.GetAsync(cancellationToken)).Today(time);
            await writer.SaveAsync(new NewResponse(version.VersionId, Channel.Online, today, SubmissionKey, outcome.Answers!), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "A survey response could not be stored");
            SendProblem = text["Survey.SaveFailed"];
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Page();
        }
        return SeeOther(ThanksPath);
    }

    public const string ThanksPath = "/ankieta/dziekujemy";

    /// <summary>303, so that reloading the thank-you page never sends the form again.</summary>
    private StatusCodeResult SeeOther(string location)
    {
        Response.Headers.Location = location;
        return StatusCode(StatusCodes.Status303SeeOther);
    }

    private string TextOf(string field) =>
        Submitted.TryGetValue(field, out var values) ? string.Join("\n", values) : "";

    /// <summary>The element id of a form control: <c>q.oceny.uprzejmosc</c> with value 5 is <c>q-oceny-uprzejmosc-5</c>.</summary>
    public static string InputId(string field, string? value = null) =>
        field.Replace('.', '-') + (value is null ? "" : "-" + value);

    public static string ErrorId(string field) => "blad-" + InputId(field);

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
            return InputId(e.Field);
        }
        if (e.ItemCode is not null)
            return InputId(e.Field, q.Kind == QuestionKind.Rating ? q.Scale!.Min.ToString(CultureInfo.InvariantCulture) : q.Options[0].Code);
        return InputId(e.Field, q.Options[0].Code);
    }

    private static string FirstInputOf(Question q) => q.Kind switch
    {
        QuestionKind.SingleChoice or QuestionKind.MultipleChoice => InputId(ResponseValidation.ChoiceField(q.Code), q.Options[0].Code),
        QuestionKind.Rating => InputId(ResponseValidation.ChoiceField(q.Code, q.Items[0].Code), q.Scale!.Min.ToString(CultureInfo.InvariantCulture)),
        QuestionKind.Matrix => InputId(ResponseValidation.ChoiceField(q.Code, q.Items[0].Code), q.Options[0].Code),
        QuestionKind.Text => InputId(ResponseValidation.TextField(q.Code)),
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
