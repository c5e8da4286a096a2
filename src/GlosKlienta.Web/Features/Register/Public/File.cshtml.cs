using GlosKlienta.Domain.Register;
using GlosKlienta.Web.Features.Survey;

namespace GlosKlienta.Web.Features.Register.Public;

/// <summary>
/// A skarga, wniosek or petycja filed by a citizen online. Works without JavaScript; an invalid form comes back
/// with everything typed; a valid one is registered with the next number and acknowledged on a page that shows
/// the number (carried in TempData, never in the address).
/// </summary>
[AllowAnonymous]
// The form is read by PublicForm, within these limits, before the page: a damaged form arrives as what could be kept,
// and the files only as far as PublicUploadAdmission allows. The antiforgery check is the handler's first step, so
// an expired token brings the form back filled in instead of a bare 400.
[PublicForm(AttachmentCheck.MaxRequestBytes, MaxFields = 50, MaxFileBytes = AttachmentCheck.MaxBytes)]
[IgnoreAntiforgeryToken]
public sealed class FileModel(
    CaseRegistration registration,
    OfficeProfileProvider office,
    SubmissionLimiter limiter,
    UploadQuota quota,
    Microsoft.AspNetCore.Antiforgery.IAntiforgery antiforgery,
    TimeProvider time,
    IServiceScopeFactory scopes,
    IStringLocalizer<SharedResource> text,
    ILogger<FileModel> logger,
    Microsoft.Extensions.Options.IOptions<RegisterOptions> options) : PageModel
{
    /// <summary>Whether the office signs replies electronically (art. 238 § 1 KPA); only then does the form promise an e-mail reply.</summary>
    public bool ElectronicReplies => options.Value.ElectronicReplies;

    public const string Path = "/skargi-i-wnioski/zloz";
    public const string AcknowledgementPath = "/skargi-i-wnioski/przyjeto";
    public const string AckKey = "Register.Ack";
    public const string HoneypotField = "adres_strony";

    public const string KindField = "rodzaj-Skarga";
    public const string NameField = "imie-nazwisko";
    public const string AddressField = "adres";
    public const string EmailField = "email";
    public const string SubjectField = "temat";
    public const string ContentField = "tresc-pisma";
    public const string FilesField = "zalaczniki";

    /// <summary>The submission limit's key of a client of this form.</summary>
    public static string LimitKey(string client) => "rejestr:" + client;

    public static readonly CaseKind[] Kinds = [CaseKind.Skarga, CaseKind.Wniosek, CaseKind.Petycja];

    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public string? SenderName { get; set; }
    [BindProperty] public string? SenderAddress { get; set; }
    [BindProperty] public string? SenderEmail { get; set; }
    [BindProperty] public string? Subject { get; set; }
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public bool NameConsent { get; set; }
    [BindProperty] public Guid SubmissionKey { get; set; }
    [BindProperty] public List<IFormFile> Attachments { get; set; } = [];

    public FormErrors Errors { get; } = new();
    public string? SendProblem { get; private set; }
    /// <summary>What was wrong with the form as it arrived (<see cref="PublicForm"/>), in the person's words.</summary>
    public List<string> FormProblems { get; } = [];
    public bool FilesDropped { get; private set; }
    public bool HasErrors => Errors.Any || SendProblem is not null || FormProblems.Count > 0;
    public OfficeProfile Office { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Office = await office.GetAsync(cancellationToken);
        SubmissionKey = Guid.NewGuid();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Office = await office.GetAsync(cancellationToken);
        if (SubmissionKey == Guid.Empty) SubmissionKey = Guid.NewGuid();
        var posted = PublicForm.Of(HttpContext);
        // A form that arrived damaged comes back checked and as it is, nothing stored (no token is needed to show a person
        // their own text); a whole one must carry its token.
        foreach (var problem in posted?.Problems.Order() ?? Enumerable.Empty<PublicFormProblem>()) FormProblems.Add(PublicFormMessages.For(problem, text));
        if (FormProblems.Count == 0 && !await antiforgery.IsRequestValidAsync(HttpContext))
        {
            FormProblems.Add(text["Form.Problem.Expired"]);
            return Problem(StatusCodes.Status400BadRequest);
        }
        if (!string.IsNullOrEmpty(Request.Form[HoneypotField])) return SeeOther(AcknowledgementPath);

        SenderName = SenderName?.Trim();
        SenderAddress = SenderAddress?.Trim();
        SenderEmail = SenderEmail?.Trim();
        Subject = Subject?.Trim();
        Text = Text?.Trim();
        CaseKind? kind = EnumNames.TryParse<CaseKind>(Kind, out var k) && Kinds.Contains(k) ? k : null;
        if (kind is null) Errors.Add(KindField, text["Register.Error.KindMissing"]);
        if (string.IsNullOrEmpty(SenderName)) Errors.Add(NameField, text["Register.Error.NameMissing"]);
        else if (SenderName.Length > 200) Errors.Add(NameField, text["Register.Error.TooLong", 200]);
        if (string.IsNullOrEmpty(SenderAddress)) Errors.Add(AddressField, text["Register.Error.AddressMissing"]);
        else if (SenderAddress.Length > 400) Errors.Add(AddressField, text["Register.Error.TooLong", 400]);
        if (!string.IsNullOrEmpty(SenderEmail) && !RegisterForms.IsEmail(SenderEmail))
            Errors.Add(EmailField, text["Register.Error.EmailInvalid"]);
        // A petycja filed electronically gives an e-mail address (art. 4 ust. 5 ustawy o petycjach).
        else if (kind == CaseKind.Petycja && string.IsNullOrEmpty(SenderEmail))
            Errors.Add(EmailField, text["Register.Error.PetitionEmailMissing"]);
        if (string.IsNullOrEmpty(Subject)) Errors.Add(SubjectField, text["Register.Error.SubjectMissing"]);
        else if (Subject.Length > 300) Errors.Add(SubjectField, text["Register.Error.TooLong", 300]);
        if (string.IsNullOrEmpty(Text)) Errors.Add(ContentField, text["Register.Error.ContentMissing"]);
        else if (Text.Length > 20_000) Errors.Add(ContentField, text["Register.Error.TooLong", 20_000]);
        if (FormProblems.Count > 0)
            return Problem(posted!.Problems.Contains(PublicFormProblem.TooLarge) ? StatusCodes.Status413PayloadTooLarge
                : posted.Problems.Contains(PublicFormProblem.TooManyFields) ? StatusCodes.Status400BadRequest
                : StatusCodes.Status422UnprocessableEntity);
        var client = SubmissionLimiter.ClientKey(HttpContext.Connection.RemoteIpAddress);
        // Files left unread by the limit or a quota: the letter is not stored without them behind the person's back.
        if (posted?.FilesRefused is { } refused && !Errors.Any)
        {
            SendProblem = refused switch
            {
                UploadRefusalKind.SubmissionLimit => text["Register.TooManySends", TooManyRequests.Minutes(posted.RetryAfter)],
                UploadRefusalKind.ClientQuota => text["Register.Uploads.ClientQuota", quota.ClientDailyBytes / (1024 * 1024), InPerson()],
                _ => text["Register.Uploads.GlobalQuota", InPerson()],
            };
            var refusal = Problem(StatusCodes.Status429TooManyRequests);
            TooManyRequests.Mark(Response, posted.RetryAfter);
            return refusal;
        }
        var files = posted?.FilesRefused is null ? await FileUploads.ReadAsync(Attachments, FilesField, Errors, text, cancellationToken) : [];
        if (Errors.Any) return Problem(StatusCodes.Status422UnprocessableEntity);

        if (!limiter.TryAcquire(LimitKey(client), out var retryAfter))
        {
            SendProblem = text["Register.TooManySends", TooManyRequests.Minutes(retryAfter)];
            var page = Problem(StatusCodes.Status429TooManyRequests);
            TooManyRequests.Mark(Response, retryAfter);
            return page;
        }

        RegisterCase? stored;
        try
        {
            var today = Office.Today(time);
            stored = await registration.RegisterAsync(new NewCase(
                today, CaseChannel.FormularzOnline, null, SenderName, SenderAddress, SenderEmail, SenderKind.Obywatel,
                Subject!, Text!, kind!.Value, PetitionNameConsent: kind == CaseKind.Petycja && NameConsent, SubmissionKey: SubmissionKey),
                files, actor: null, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The same form sent twice (a double click) meets the unique submission key: acknowledge the first one.
            stored = ex is DbUpdateException ? await AlreadyStoredAsync(cancellationToken) : null;
            if (stored is null)
            {
                logger.LogError(ex, "A case filed online could not be stored");
                SendProblem = text["Register.SaveFailed"];
                return Problem(StatusCodes.Status503ServiceUnavailable);
            }
        }
        quota.Record(client, stored.ReceivedOn, files.Sum(f => f.Size));
        TempData[AckKey] = stored.RegisterNumber + "|" + stored.ReceivedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "|" + stored.Kind;
        return SeeOther(AcknowledgementPath);
    }

    /// <summary>Where a letter and its attachments can be handed in instead: the office's main building.</summary>
    private string InPerson()
    {
        var main = Office.Buildings.FirstOrDefault(b => b.IsMain) ?? (Office.Buildings.Count > 0 ? Office.Buildings[0] : null);
        return main is null ? Office.Name : main.Name + ", " + main.Address;
    }

    private PageResult Problem(int status)
    {
        FilesDropped = Attachments.Count > 0 || PublicForm.Of(HttpContext)?.FileChosen == true;
        Response.StatusCode = status;
        return Page();
    }

    /// <summary>The same form sent twice (a double click): the first one's case.</summary>
    private async Task<RegisterCase?> AlreadyStoredAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.RegisterCases.AsNoTracking().FirstOrDefaultAsync(c => c.SubmissionKey == SubmissionKey, cancellationToken);
    }

    private StatusCodeResult SeeOther(string location)
    {
        Response.Headers.Location = Request.PathBase + location;
        return StatusCode(StatusCodes.Status303SeeOther);
    }
}
