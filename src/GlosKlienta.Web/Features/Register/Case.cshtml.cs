using System.Globalization;
using GlosKlienta.Domain.Register;
using GlosKlienta.Web.Data;
using GlosKlienta.Web.Features.Audit;
using GlosKlienta.Web.Features.Office;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GlosKlienta.Web.Features.Register;

/// <summary>
/// One case: its data, term with the reason for every shift, attachments and history, and the steps of its
/// handling. Every read and every change is in the audit log; who may see and do what is <see cref="RegisterAccess"/>.
/// A case someone may not see answers 404, so its existence is not revealed.
/// </summary>
public sealed class CaseModel(AppDbContext db, AuditLog audit, CaseChanges changes, OfficeProfileProvider office, TimeProvider time, IStringLocalizer<SharedResource> text) : PageModel
{
    public const string Flash = "Register.Flash";
    public static string PathOf(int id) => "/personel/rejestr/" + id.ToString(CultureInfo.InvariantCulture);

    public RegisterCase Case { get; private set; } = null!;
    public RegisterCase? EarlierCase { get; private set; }
    public IReadOnlyList<RegisterCase> LaterCases { get; private set; } = [];
    public string? UnitName { get; private set; }
    public Deadline Deadline { get; private set; } = null!;
    public DateOnly Today { get; private set; }
    public RegisterAccess Access { get; private set; } = null!;
    public IReadOnlyList<StaffMember> Staff { get; private set; } = [];
    public IReadOnlyList<OrganisationalUnit> Units { get; private set; } = [];
    public CompetenceDecision? Suggested { get; private set; }
    public FormErrors Errors { get; } = new();
    /// <summary>Which form the errors belong to, so it opens with them.</summary>
    public string? FailedForm { get; private set; }
    public string OfficeName { get; private set; } = "";

    public bool Overdue => !Case.IsClosed && Case.EffectiveDueOn < Today;

    [BindProperty] public Guid Version { get; set; }
    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public string? KindReason { get; set; }
    [BindProperty] public string? NotHandledReason { get; set; }
    [BindProperty] public string? Concerns { get; set; }
    [BindProperty] public string? ConcernsStaffUserId { get; set; }
    [BindProperty] public int? ConcernsUnitId { get; set; }
    [BindProperty] public string? ConcernsText { get; set; }
    [BindProperty] public string? CompetentBodyName { get; set; }
    [BindProperty] public string? AssigneeId { get; set; }
    [BindProperty] public string? ForwardedTo { get; set; }
    [BindProperty] public string? ForwardedOn { get; set; }
    [BindProperty] public string? DelayNoticeOn { get; set; }
    [BindProperty] public string? DelayReason { get; set; }
    [BindProperty] public string? NewDueOn { get; set; }
    [BindProperty] public string? EarlierCaseNumber { get; set; }
    [BindProperty] public string? Remarks { get; set; }
    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public string? ReplyBodyName { get; set; }
    [BindProperty] public string? ReplyContent { get; set; }
    [BindProperty] public string? FactualGrounds { get; set; }
    [BindProperty] public string? LegalGrounds { get; set; }
    [BindProperty] public string? SignerName { get; set; }
    [BindProperty] public string? SignerPost { get; set; }
    [BindProperty] public string? ClosedOn { get; set; }
    [BindProperty] public string? FileNote { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, tracked: false, cancellationToken)) return NotFound();
        Fill();
        audit.Record(RegisterActions.CaseRead, RegisterActions.Subject, Id);
        await db.SaveChangesAsync(cancellationToken);
        return Page();
    }

    private string Id => Case.Id.ToString(CultureInfo.InvariantCulture);

    private async Task<bool> LoadAsync(int id, bool tracked, CancellationToken cancellationToken)
    {
        Access = RegisterAccess.For(User);
        var query = tracked ? db.RegisterCases : db.RegisterCases.AsNoTracking();
        var c = await query.Include(x => x.History).Include(x => x.Attachments).AsSplitQuery().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (c is null || !Access.CanRead(c)) return false;
        Case = c;
        var profile = await office.GetAsync(cancellationToken);
        OfficeName = profile.Name;
        Today = profile.Today(time);
        EarlierCase = c.EarlierCaseId is { } e ? await db.RegisterCases.AsNoTracking().FirstOrDefaultAsync(x => x.Id == e, cancellationToken) : null;
        LaterCases = await db.RegisterCases.AsNoTracking().Where(x => x.EarlierCaseId == c.Id).OrderBy(x => x.Id).ToListAsync(cancellationToken);
        Units = await db.OrganisationalUnits.AsNoTracking().OrderBy(u => u.SortOrder).ToListAsync(cancellationToken);
        UnitName = Units.FirstOrDefault(u => u.Id == c.ConcernsUnitId)?.Name;
        Staff = Access.Manages ? await StaffDirectory.ActiveAsync(db, cancellationToken) : [];
        Deadline = StatutoryDeadline.For(c.TermKind, c.ReceivedOn, c.SenderKind);
        Suggested = c.Concerns is { } concerns ? Competence.For(c.Kind, concerns) : null;
        return true;
    }

    /// <summary>The forms start from what the case holds.</summary>
    private void Fill()
    {
        var c = Case;
        if (Version == Guid.Empty) Version = c.Version;
        Kind ??= c.Kind.ToString();
        KindReason ??= c.KindReason;
        NotHandledReason ??= c.NotHandledReason?.ToString();
        Concerns ??= c.Concerns?.ToString();
        ConcernsStaffUserId ??= c.ConcernsStaffUserId;
        ConcernsUnitId ??= c.ConcernsUnitId;
        ConcernsText ??= c.ConcernsText;
        CompetentBodyName ??= c.CompetentBodyName;
        AssigneeId ??= c.AssignedToId;
        ForwardedTo ??= c.ForwardedTo ?? c.CompetentBodyName;
        ForwardedOn ??= c.ForwardedOn is { } f ? RegisterForms.Iso(f) : RegisterForms.Iso(Today);
        DelayNoticeOn ??= c.DelayNoticeOn is { } d ? RegisterForms.Iso(d) : RegisterForms.Iso(Today);
        DelayReason ??= c.DelayReason;
        NewDueOn ??= c.NewDueOn is { } n ? RegisterForms.Iso(n) : null;
        Remarks ??= c.Remarks;
        Outcome ??= c.Outcome?.ToString();
        ReplyBodyName ??= c.ReplyBodyName ?? DefaultBodyName(c.CompetentBody);
        ReplyContent ??= c.ReplyContent;
        FactualGrounds ??= c.FactualGrounds;
        LegalGrounds ??= c.LegalGrounds;
        SignerName ??= c.SignerName;
        SignerPost ??= c.SignerPost;
        ClosedOn ??= RegisterForms.Iso(c.ClosedOn ?? c.ReplyOn ?? Today);
        FileNote ??= c.FileNote;
    }

    private string DefaultBodyName(CompetentBody body) => body switch
    {
        CompetentBody.RadaGminy => text["Register.DefaultCouncil", OfficeName].Value,
        _ => text["Register.DefaultBurmistrz", OfficeName].Value,
    };

    /// <summary>Runs one step of handling: load tracked, check the right and the version, apply, save with history and audit.</summary>
    private async Task<IActionResult> ChangeAsync(int id, string form, bool managersOnly, Func<RegisterCase, Task<bool>> apply, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, tracked: true, cancellationToken)) return NotFound();
        if (managersOnly ? !Access.Manages : !Access.CanHandle(Case)) return Forbid();
        if (Case.IsClosed)
        {
            Errors.Add("", text["Register.Error.Closed"]);
            return Failed(form);
        }
        if (Version != Case.Version)
        {
            Errors.Add("", text["Register.Error.Stale"]);
            return Failed(form);
        }
        if (!await apply(Case) || Errors.Any) return Failed(form);
        try
        {
            await changes.SaveAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            Errors.Add("", text["Register.Error.Stale"]);
            return Failed(form);
        }
        return SeeOther(id);
    }

    private PageResult Failed(string form)
    {
        FailedForm = form;
        Fill();
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        // Untracked so nothing of the failed step can be saved by the audit entry below or later.
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity is RegisterCase or RegisterCaseEvent).ToList()) entry.State = EntityState.Detached;
        return Page();
    }

    private StatusCodeResult SeeOther(int id)
    {
        TempData[Flash] = text["Register.Saved"].Value;
        Response.Headers.Location = PathOf(id);
        return StatusCode(StatusCodes.Status303SeeOther);
    }

    private string L(string prefix, object? value) => value is null ? "" : text[prefix + value].Value;

    public Task<IActionResult> OnPostClassifyAsync(int id, CancellationToken cancellationToken) =>
        ChangeAsync(id, "rodzaj", managersOnly: true, c =>
        {
            CaseKind? kind = Enum.TryParse<CaseKind>(Kind, out var k) ? k : null;
            NotHandledReason? reason = Enum.TryParse<NotHandledReason>(NotHandledReason, out var r) ? r : null;
            if (kind is null) Errors.Add("rodzaj-Skarga", text["Register.Error.StaffKindMissing"]);
            if (kind == CaseKind.NieRozpatrywanaWTrybieDzialuVIII && reason is null) Errors.Add("powod-SkargaWSprawieWToku", text["Register.Error.NotHandledReasonMissing"]);
            if (string.IsNullOrWhiteSpace(KindReason)) Errors.Add("uzasadnienie-rodzaju", text["Register.Error.KindReasonMissing"]);
            if (Errors.Any) return Task.FromResult(false);
            var old = L("Register.Kind.", c.Kind) + (c.NotHandledReason is { } o ? " (" + L("Register.NotHandled.", o) + ")" : "");
            c.Kind = kind!.Value;
            c.NotHandledReason = kind == CaseKind.NieRozpatrywanaWTrybieDzialuVIII ? reason : null;
            c.KindReason = KindReason!.Trim();
            if (c.Kind != CaseKind.Petycja) { c.PetitionNameConsent = false; c.PetitionForThirdParty = false; c.PetitionThirdPartyName = null; }
            Reroute(c);
            changes.Log(c, RegisterActions.Classified, old, L("Register.Kind.", c.Kind) + (c.NotHandledReason is { } n ? " (" + L("Register.NotHandled.", n) + ")" : ""), c.KindReason);
            return Task.FromResult(true);
        }, cancellationToken);

    /// <summary>Competence and term follow from the kind and the subject.</summary>
    private static void Reroute(RegisterCase c)
    {
        if (c.Concerns is { } concerns)
        {
            var decision = Competence.For(c.Kind, concerns);
            c.CompetentBody = decision.Body;
            c.CompetenceReason = decision.Reason;
        }
        c.TermKind = Competence.TermFor(c.Kind, c.CompetentBody);
        c.DueOn = StatutoryDeadline.For(c.TermKind, c.ReceivedOn, c.SenderKind).Due;
    }

    public Task<IActionResult> OnPostRouteAsync(int id, CancellationToken cancellationToken) =>
        ChangeAsync(id, "wlasciwosc", managersOnly: true, c =>
        {
            CaseConcerns? concerns = Enum.TryParse<CaseConcerns>(Concerns, out var cc) ? cc : null;
            if (concerns is null) Errors.Add("dotyczy-" + CaseConcerns.ZadaniaWlasneBurmistrza, text["Register.Error.ConcernsMissing"]);
            var person = Staff.FirstOrDefault(s => s.Id == ConcernsStaffUserId);
            if (concerns is CaseConcerns.Pracownik or CaseConcerns.KierownikJednostki && person is null && string.IsNullOrWhiteSpace(ConcernsText) && ConcernsUnitId is null)
                Errors.Add("dotyczy-osoby", text["Register.Error.ConcernsWhoMissing"]);
            var otherBody = concerns is { } x && Competence.For(c.Kind, x).Body == CompetentBody.InnyOrgan;
            if (otherBody && string.IsNullOrWhiteSpace(CompetentBodyName)) Errors.Add("organ-nazwa", text["Register.Error.BodyNameMissing"]);
            if (person is not null && c.AssignedToId == person.Id) Errors.Add("dotyczy-osoby", text["Register.Error.Art256Assigned"]);
            if (Errors.Any) return Task.FromResult(false);
            var old = L("Register.Body.", c.CompetentBody);
            c.Concerns = concerns;
            c.ConcernsStaffUserId = person?.Id;
            c.ConcernsStaffName = person?.Name;
            c.ConcernsUnitId = Units.Any(u => u.Id == ConcernsUnitId) ? ConcernsUnitId : null;
            c.ConcernsText = CaseRegistration.Clean(ConcernsText);
            c.CompetentBodyName = otherBody ? CompetentBodyName!.Trim() : null;
            Reroute(c);
            changes.Log(c, RegisterActions.Routed, old, L("Register.Body.", c.CompetentBody) + (c.CompetentBodyName is { } b ? ": " + b : ""), c.CompetenceReason);
            return Task.FromResult(true);
        }, cancellationToken);

    public Task<IActionResult> OnPostAssignAsync(int id, CancellationToken cancellationToken) =>
        ChangeAsync(id, "przydzial", managersOnly: true, c =>
        {
            var person = Staff.FirstOrDefault(s => s.Id == AssigneeId);
            if (person is null) Errors.Add("przydzial-osoba", text["Register.Error.AssigneeMissing"]);
            else if (!AssignmentRule.MayAssign(person.Id, person.Roles, c.ConcernsStaffUserId, c.Concerns))
                Errors.Add("przydzial-osoba", text["Register.Error.Art256", person.Name]);
            if (Errors.Any) return Task.FromResult(false);
            var old = c.AssignedTo;
            c.AssignedToId = person!.Id;
            c.AssignedTo = person.Name;
            c.AssignedAt = time.GetUtcNow();
            changes.Log(c, RegisterActions.Assigned, old, person.Name);
            return Task.FromResult(true);
        }, cancellationToken);

    public Task<IActionResult> OnPostForwardAsync(int id, CancellationToken cancellationToken) =>
        ChangeAsync(id, "przekazanie", managersOnly: true, c =>
        {
            var on = RegisterFields.Date(ForwardedOn, "przekazanie-data", Today, Errors, text);
            if (string.IsNullOrWhiteSpace(ForwardedTo)) Errors.Add("przekazanie-organ", text["Register.Error.ForwardedToMissing"]);
            if (Errors.Any) return Task.FromResult(false);
            var closing = new CaseClosing(c.Kind, CaseOutcome.Przekazana, false, null, null, null, null, null, null, ForwardedTo, on, c.EarlierCaseId, null, c.ReceivedOn, on!.Value);
            if (!Check(closing, "przekazanie-data")) return Task.FromResult(false);
            c.ForwardedTo = ForwardedTo!.Trim();
            c.ForwardedOn = on;
            Close(c, CaseOutcome.Przekazana, on!.Value);
            changes.Log(c, RegisterActions.Forwarded, null, c.ForwardedTo, on > c.EffectiveDueOn ? text["Register.ForwardedLate"].Value : null);
            return Task.FromResult(true);
        }, cancellationToken);

    public Task<IActionResult> OnPostDelayAsync(int id, CancellationToken cancellationToken) =>
        ChangeAsync(id, "zwloka", managersOnly: false, c =>
        {
            var on = RegisterFields.Date(DelayNoticeOn, "zwloka-data", Today, Errors, text);
            var newDue = RegisterFields.Date(NewDueOn, "zwloka-termin", Today, Errors, text, allowFuture: true);
            if (string.IsNullOrWhiteSpace(DelayReason)) Errors.Add("zwloka-powod", text["Register.Error.DelayReasonMissing"]);
            if (newDue is { } nd && nd <= c.EffectiveDueOn) Errors.Add("zwloka-termin", text["Register.Error.NewDueNotLater", RegisterForms.Date(c.EffectiveDueOn)]);
            if (on is { } o && o < c.ReceivedOn) Errors.Add("zwloka-data", text["Register.Error.BeforeReceived"]);
            if (Errors.Any) return Task.FromResult(false);
            var old = RegisterForms.Iso(c.EffectiveDueOn);
            c.DelayNoticeOn = on;
            c.DelayReason = DelayReason!.Trim();
            c.NewDueOn = newDue;
            // Art. 36 § 1: the notice is due before the term passes; a late one is recorded, and marked.
            changes.Log(c, RegisterActions.DelayNotice, old, RegisterForms.Iso(newDue!.Value), on > c.DueOn ? text["Register.DelayNoticeLate"].Value : null);
            return Task.FromResult(true);
        }, cancellationToken);

    public Task<IActionResult> OnPostLinkAsync(int id, CancellationToken cancellationToken) =>
        ChangeAsync(id, "powiazanie", managersOnly: true, async c =>
        {
            var earlier = await RegisterFields.EarlierCaseAsync(db, EarlierCaseNumber, "wczesniejsza", Errors, text, cancellationToken);
            if (string.IsNullOrWhiteSpace(EarlierCaseNumber)) Errors.Add("wczesniejsza", text["Register.Error.EarlierMissing"]);
            if (earlier is not null && earlier.Id == c.Id) Errors.Add("wczesniejsza", text["Register.Error.EarlierSelf"]);
            if (Errors.Any) return false;
            var old = EarlierCase?.RegisterNumber;
            c.EarlierCaseId = earlier!.Id;
            changes.Log(c, RegisterActions.Linked, old, earlier.RegisterNumber);
            return true;
        }, cancellationToken);

    public Task<IActionResult> OnPostRemarksAsync(int id, CancellationToken cancellationToken) =>
        ChangeAsync(id, "uwagi", managersOnly: false, c =>
        {
            var old = c.Remarks;
            c.Remarks = CaseRegistration.Clean(Remarks);
            if (c.Remarks is { Length: > 4000 }) { Errors.Add("uwagi", text["Register.Error.TooLong", 4000]); return Task.FromResult(false); }
            changes.Log(c, RegisterActions.Remarked, old, c.Remarks);
            return Task.FromResult(true);
        }, cancellationToken);

    public Task<IActionResult> OnPostLeaveAsync(int id, CancellationToken cancellationToken) =>
        ChangeAsync(id, "bez-rozpoznania", managersOnly: true, c =>
        {
            var closing = new CaseClosing(c.Kind, CaseOutcome.BezRozpoznania, Anonymity.LeftWithoutExamination(c.Kind, c.SenderName, c.SenderAddress),
                null, null, null, null, null, null, null, null, c.EarlierCaseId, null, c.ReceivedOn, Today);
            if (!Check(closing, "bez-rozpoznania")) return Task.FromResult(false);
            Close(c, CaseOutcome.BezRozpoznania, Today);
            c.Remarks = (c.Remarks is null ? "" : c.Remarks + "\n") + text[c.Kind == CaseKind.Petycja ? "Register.LeftPetitionNote" : "Register.LeftNote"].Value;
            changes.Log(c, RegisterActions.Closed, null, L("Register.Outcome.", CaseOutcome.BezRozpoznania), text[c.Kind == CaseKind.Petycja ? "Register.LeftPetitionNote" : "Register.LeftNote"].Value);
            return Task.FromResult(true);
        }, cancellationToken);

    public Task<IActionResult> OnPostCloseAsync(int id, CancellationToken cancellationToken) =>
        ChangeAsync(id, "zamkniecie", managersOnly: false, c =>
        {
            CaseOutcome? outcome = Enum.TryParse<CaseOutcome>(Outcome, out var o) ? o : null;
            var on = RegisterFields.Date(ClosedOn, "zamkniecie-data", Today, Errors, text);
            if (outcome is null) Errors.Add("wynik-" + ClosingValidation.OutcomesFor(c.Kind)[0], text["Register.Error.OutcomeMissing"]);
            if (outcome is CaseOutcome.Przekazana or CaseOutcome.BezRozpoznania) Errors.Add("wynik-" + ClosingValidation.OutcomesFor(c.Kind)[0], text["Register.Error.OutcomeOwnStep"]);
            if (Errors.Any) return Task.FromResult(false);
            var closing = new CaseClosing(c.Kind, outcome!.Value, false, ReplyBodyName, ReplyContent, SignerName, SignerPost, FactualGrounds, LegalGrounds,
                c.ForwardedTo, c.ForwardedOn, c.EarlierCaseId, FileNote, c.ReceivedOn, on!.Value);
            if (!Check(closing, "zamkniecie-data")) return Task.FromResult(false);
            var reply = ClosingValidation.NeedsReply(outcome.Value);
            c.ReplyBodyName = reply ? ReplyBodyName!.Trim() : null;
            c.ReplyContent = reply ? ReplyContent!.Trim() : null;
            c.SignerName = reply ? SignerName!.Trim() : null;
            c.SignerPost = reply ? SignerPost!.Trim() : null;
            c.FactualGrounds = reply && ClosingValidation.IsRefusal(outcome.Value) ? FactualGrounds!.Trim() : null;
            c.LegalGrounds = reply && ClosingValidation.IsRefusal(outcome.Value) ? LegalGrounds!.Trim() : null;
            c.ReplyOn = reply ? on : null;
            c.FileNote = outcome == CaseOutcome.AdnotacjaArt239 ? FileNote!.Trim() : null;
            Close(c, outcome.Value, on!.Value);
            changes.Log(c, RegisterActions.Closed, null, L("Register.Outcome.", outcome.Value), on > c.EffectiveDueOn ? text["Register.ClosedLate"].Value : null);
            return Task.FromResult(true);
        }, cancellationToken);

    private void Close(RegisterCase c, CaseOutcome outcome, DateOnly on)
    {
        c.Outcome = outcome;
        c.ClosedOn = on;
        c.ClosedById = Access.UserId;
    }

    private bool Check(CaseClosing closing, string dateField)
    {
        foreach (var p in ClosingValidation.Check(closing))
        {
            var field = p switch
            {
                ClosingProblem.BodyNameMissing => "odpowiedz-organ",
                ClosingProblem.ReplyContentMissing => "odpowiedz-tresc",
                ClosingProblem.SignerNameMissing => "odpowiedz-podpisujacy",
                ClosingProblem.SignerPostMissing => "odpowiedz-stanowisko",
                ClosingProblem.FactualGroundsMissing => "odpowiedz-fakty",
                ClosingProblem.LegalGroundsMissing => "odpowiedz-prawo",
                ClosingProblem.FileNoteMissing => "adnotacja",
                ClosingProblem.EarlierCaseMissing => "wczesniejsza",
                ClosingProblem.ClosedBeforeReceived => dateField,
                ClosingProblem.ForwardingMissing => "przekazanie-organ",
                ClosingProblem.OutcomeDoesNotFitKind => "wynik-" + ClosingValidation.OutcomesFor(closing.Kind)[0],
                _ => "",
            };
            Errors.Add(field, text["Register.Closing." + p]);
        }
        return !Errors.Any;
    }
}
