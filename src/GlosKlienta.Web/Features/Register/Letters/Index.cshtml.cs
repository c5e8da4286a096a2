using System.Security.Claims;
using GlosKlienta.Documents;
using DocFormat = GlosKlienta.Documents.DocumentFormat;

namespace GlosKlienta.Web.Features.Register.Letters;

/// <summary>
/// The letters of one case in PDF, ODT or DOCX, and the art. 36 notice issued from here (its date is recorded on the
/// case as the day it is issued). Whoever may read the case may generate its letters; each generation is audited.
/// </summary>
public sealed class LettersModel(AppDbContext db, CaseChanges changes, AuditLog audit, OfficeProfileProvider office, TimeProvider time, IStringLocalizer<SharedResource> text) : PageModel
{
    public const string Flash = "Letters.Flash";

    public RegisterCase Case { get; private set; } = null!;
    public RegisterCase? EarlierCase { get; private set; }
    public IReadOnlyList<LetterKind> Available { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public bool CanIssueDelayNotice { get; private set; }
    /// <summary>The reply letter as it will print, shown on the page before it is downloaded for signature (HTML of the shared document model).</summary>
    public string? ReplyPreview { get; private set; }
    /// <summary>The reply is a draft: the case is still open (issue 15, reply before closing).</summary>
    public bool ReplyIsDraft => !Case.IsClosed && Case.DraftOutcome is not null;
    public FormErrors Errors { get; } = new();
    /// <summary>The form whose post failed: its fields show what was typed and its errors.</summary>
    public string? FailedForm { get; private set; }

    [BindProperty] public string? Letter { get; set; }
    [BindProperty] public string? Format { get; set; }
    [BindProperty] public string? SignerName { get; set; }
    [BindProperty] public string? SignerPost { get; set; }
    [BindProperty] public string? BodyAddress { get; set; }
    [BindProperty] public string? Place { get; set; }
    [BindProperty] public string? TakenBy { get; set; }
    [BindProperty] public string? WhatIsNeeded { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public string? DelayReason { get; set; }
    [BindProperty] public string? NewDueOn { get; set; }
    [BindProperty] public Guid Version { get; set; }

    public static string Path(int id) => CaseModel.PathOf(id) + "/pisma";

    public string Field(string form, string name) => $"{form}-{name}";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, tracked: false, cancellationToken)) return NotFound();
        await FillAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDocumentAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, tracked: false, cancellationToken)) return NotFound();
        var kind = CaseLetters.Parse(Letter);
        if (kind is null || !Available.Contains(kind.Value)) return NotFound();
        var form = CaseLetters.Slug(kind.Value);
        if (!EnumNames.TryParse<DocFormat>(Format, out var format, ignoreCase: true) || format == DocFormat.Html)
            Errors.Add(Field(form, "format"), text["Letters.Error.Format"]);
        Signer? signer = null;
        if (CaseLetters.NeedsSigner(kind.Value))
        {
            if (string.IsNullOrWhiteSpace(SignerName)) Errors.Add(Field(form, "podpisuje"), text["Letters.Error.SignerName"]);
            if (string.IsNullOrWhiteSpace(SignerPost)) Errors.Add(Field(form, "stanowisko"), text["Letters.Error.SignerPost"]);
            signer = new Signer((SignerName ?? "").Trim(), (SignerPost ?? "").Trim());
        }
        if (kind == LetterKind.Wezwanie && string.IsNullOrWhiteSpace(WhatIsNeeded)) Errors.Add(Field(form, "co"), text["Letters.Error.WhatIsNeeded"]);
        if (kind == LetterKind.Adnotacja && string.IsNullOrWhiteSpace(Case.FileNote) && string.IsNullOrWhiteSpace(Note)) Errors.Add(Field(form, "adnotacja"), text["Letters.Error.Note"]);
        if (kind == LetterKind.Protokol && string.IsNullOrWhiteSpace(Place)) Errors.Add(Field(form, "miejsce"), text["Letters.Error.Place"]);
        if (Errors.Any) return await FailedAsync(form, cancellationToken);

        var profile = await office.GetAsync(cancellationToken);
        var extras = new LetterExtras(signer, Blank(BodyAddress), Blank(Place), Blank(TakenBy), Blank(WhatIsNeeded), Blank(Note), BodyNames.Of(Case.CompetentBody, profile, text));
        var document = CaseLetters.Build(kind.Value, Case, EarlierCase, profile, BodyNames.Executive(profile, text), Today, extras);
        var bytes = Renderers.RenderToBytes(document, format);
        audit.Record(LetterAudit.Generated, RegisterActions.Subject, Case.Id.ToString(CultureInfo.InvariantCulture), new { letter = form, format = format.ToString() });
        await db.SaveChangesAsync(cancellationToken);
        return File(bytes, FormatInfo.MediaType(format), CaseLetters.FileName(kind.Value, Case, format));
    }

    /// <summary>Issues the art. 36 notice today: reasons and the new date go on the case with the notice date, then the letter can be printed.</summary>
    public async Task<IActionResult> OnPostDelayAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, tracked: true, cancellationToken)) return NotFound();
        const string form = "zwloka-wydaj";
        if (!CanIssueDelayNotice) return Forbid();
        if (Version != Case.Version) Errors.Add("", text["Register.Error.Stale"]);
        var reason = (DelayReason ?? "").Trim();
        if (reason.Length == 0) Errors.Add(Field(form, "przyczyna"), text["Letters.Error.DelayReason"]);
        else if (reason.Length > 2000) Errors.Add(Field(form, "przyczyna"), text["Letters.Error.TooLong", 2000]);
        var newDue = ParseDate(NewDueOn);
        if (newDue is null) Errors.Add(Field(form, "termin"), text["Letters.Error.NewDueFormat"]);
        else if (newDue <= Case.EffectiveDueOn) Errors.Add(Field(form, "termin"), text["Letters.Error.NewDueNotLater", PolishDates.Day(Case.EffectiveDueOn)]);
        if (Errors.Any) return await FailedAsync(form, cancellationToken);

        var old = RegisterForms.Iso(Case.EffectiveDueOn);
        var late = Today > Case.EffectiveDueOn;
        Case.DelayNoticeOn = Today;
        Case.DelayReason = reason;
        Case.NewDueOn = newDue;
        changes.Log(Case, RegisterActions.DelayNotice, old, RegisterForms.Iso(newDue!.Value), late ? text["Register.DelayNoticeLate"].Value : null);
        try
        {
            await changes.SaveAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            Errors.Add("", text["Register.Error.Stale"]);
            return await FailedAsync(form, cancellationToken);
        }
        TempData[Flash] = text["Letters.DelayIssued", PolishDates.Day(Today)].Value;
        Response.Headers.Location = Path(id);
        return StatusCode(StatusCodes.Status303SeeOther);
    }

    private async Task<bool> LoadAsync(int id, bool tracked, CancellationToken cancellationToken)
    {
        var access = RegisterAccess.For(User);
        var query = tracked ? db.RegisterCases : db.RegisterCases.AsNoTracking();
        var c = await query.FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        // An erased case has no content to write letters from (issue 16).
        if (c is null || !access.CanRead(c) || c.IsErased) return false;
        Case = c;
        EarlierCase = c.EarlierCaseId is { } e ? await db.RegisterCases.AsNoTracking().FirstOrDefaultAsync(x => x.Id == e, cancellationToken) : null;
        Today = (await office.GetAsync(cancellationToken)).Today(time);
        Available = CaseLetters.Available(c, EarlierCase);
        CanIssueDelayNotice = access.May(Domain.Register.CaseStep.Delay, c) && !c.IsClosed && c.DelayNoticeOn is null;
        return true;
    }

    private async Task FillAsync(CancellationToken cancellationToken)
    {
        if (Version == Guid.Empty) Version = Case.Version;
        Format ??= "pdf";
        SignerName ??= Case.SignerName ?? await db.Users.AsNoTracking().Where(u => u.Id == User.FindFirstValue(ClaimTypes.NameIdentifier)).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
        SignerPost ??= Case.SignerPost;
        TakenBy ??= Case.RegisteredBy;
        Note ??= Case.FileNote;
        if (Available.Contains(LetterKind.Odpowiedz))
        {
            var profile = await office.GetAsync(cancellationToken);
            var reply = CaseLetters.Build(LetterKind.Odpowiedz, Case, EarlierCase, profile, BodyNames.Executive(profile, text), Today,
                new LetterExtras(null, null, null, null, null, null, BodyNames.Of(Case.CompetentBody, profile, text)));
            ReplyPreview = Renderers.HtmlFragment(reply, new HtmlOptions { IdPrefix = "odpowiedz-podglad" });
        }
    }

    private async Task<IActionResult> FailedAsync(string form, CancellationToken cancellationToken)
    {
        FailedForm = form;
        await FillAsync(cancellationToken);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static DateOnly? ParseDate(string? s) =>
        DateOnly.TryParseExact((s ?? "").Trim(), ["yyyy-MM-dd", "d.M.yyyy", "dd.MM.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
