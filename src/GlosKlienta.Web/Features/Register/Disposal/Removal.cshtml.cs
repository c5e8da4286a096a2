using System.Security.Claims;
using GlosKlienta.Domain.Register;
using GlosKlienta.Domain.Staff;

namespace GlosKlienta.Web.Features.Register.Disposal;

/// <summary>
/// Removing a case filed in obvious abuse (spam, obscene or automated letters through the public form) by two people:
/// the register keeper proposes with a reason, the Burmistrz, and no one else, confirms or rejects; nobody confirms
/// their own proposal. Until the confirmation nothing is removed. The removal erases the content and attachments and
/// leaves the numbered entry marked with the reason, both names and both dates. Every step is audited.
/// </summary>
[Authorize(Policy = Policies.RegisterRemoval)]
public sealed class RemovalModel(AppDbContext db, AuditLog audit, CaseChanges changes, CaseErasing erasing, OfficeProfileProvider office, TimeProvider time,
    IStringLocalizer<SharedResource> text) : PageModel
{
    public static string PathOf(int id) => CaseModel.PathOf(id) + "/usuniecie";

    public RegisterCase Case { get; private set; } = null!;
    public FormErrors Errors { get; } = new();
    public bool IsKeeper => User.IsInRole(Roles.ProwadzacyRejestr);
    public bool IsBurmistrz => User.IsInRole(Roles.Burmistrz);
    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
    /// <summary>The signed-in person proposed the pending removal, so may not confirm it.</summary>
    public bool OwnProposal => Case.RemovalProposedById == UserId;
    public OfficeProfile Profile { get; private set; } = null!;

    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public Guid Version { get; set; }

    public string When(DateTimeOffset at) => Profile.Local(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, tracked: false, cancellationToken)) return NotFound();
        audit.Record(RegisterActions.CaseRead, RegisterActions.Subject, Case.Id.ToString(CultureInfo.InvariantCulture), new { page = "removal" });
        await db.SaveChangesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostProposeAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, tracked: true, cancellationToken)) return NotFound();
        if (!IsKeeper) return Forbid();
        var reason = (Reason ?? "").Trim();
        if (Case.IsErased) Errors.Add("", text["Removal.Error.Erased"]);
        else if (Case.RemovalPending) Errors.Add("", text["Removal.Error.AlreadyProposed"]);
        else if (Version != Case.Version) Errors.Add("", text["Register.Error.Stale"]);
        if (reason.Length == 0) Errors.Add("usuniecie-powod", text["Removal.Error.Reason"]);
        else if (reason.Length > 1000) Errors.Add("usuniecie-powod", text["Letters.Error.TooLong", 1000]);
        if (Errors.Any) return Failed();
        Case.RemovalReason = reason;
        Case.RemovalProposedById = UserId;
        Case.RemovalProposedBy = await NameAsync(cancellationToken);
        Case.RemovalProposedAt = time.GetUtcNow();
        Case.RemovalConfirmedById = null;
        Case.RemovalConfirmedBy = null;
        Case.RemovalConfirmedAt = null;
        changes.Log(Case, RegisterActions.RemovalProposal, null, null);
        audit.Record(RegisterActions.RemovalProposed, RegisterActions.Subject, Case.Id.ToString(CultureInfo.InvariantCulture));
        return await SaveAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostConfirmAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, tracked: true, cancellationToken)) return NotFound();
        if (!IsBurmistrz) return Forbid();
        if (!Case.RemovalPending) Errors.Add("", text[Case.IsErased ? "Removal.Error.Erased" : "Removal.Error.NotProposed"]);
        else if (!AbuseRemoval.MayConfirm(Case.RemovalProposedById, UserId, IsBurmistrz)) Errors.Add("", text["Removal.Error.OwnProposal"]);
        else if (Version != Case.Version) Errors.Add("", text["Register.Error.Stale"]);
        if (Errors.Any) return Failed();
        var now = time.GetUtcNow();
        Case.RemovalConfirmedById = UserId;
        Case.RemovalConfirmedBy = await NameAsync(cancellationToken);
        Case.RemovalConfirmedAt = now;
        var today = Profile.Today(time);
        // An open case ends here: no term runs for a letter that was no case.
        Case.ClosedOn ??= today;
        Case.ClosedById ??= UserId;
        var remark = text["Removal.Remark", Case.RemovalReason!, Case.RemovalProposedBy!, PolishDates.Day(DateOnly.FromDateTime(Profile.Local(Case.RemovalProposedAt!.Value))),
            Case.RemovalConfirmedBy, PolishDates.Day(today)].Value;
        await erasing.EraseAsync(Case, CaseErasure.UsunietaJakoNaduzycie, remark, cancellationToken);
        audit.Record(RegisterActions.CaseRemovedAsAbuse, RegisterActions.Subject, Case.Id.ToString(CultureInfo.InvariantCulture), new { proposedBy = Case.RemovalProposedById });
        return await SaveAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostRejectAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, tracked: true, cancellationToken)) return NotFound();
        if (!IsBurmistrz) return Forbid();
        if (!Case.RemovalPending) Errors.Add("", text["Removal.Error.NotProposed"]);
        else if (Version != Case.Version) Errors.Add("", text["Register.Error.Stale"]);
        if (Errors.Any) return Failed();
        Case.RemovalReason = null;
        Case.RemovalProposedById = null;
        Case.RemovalProposedBy = null;
        Case.RemovalProposedAt = null;
        changes.Log(Case, RegisterActions.RemovalRejection, null, null);
        audit.Record(RegisterActions.RemovalRejected, RegisterActions.Subject, Case.Id.ToString(CultureInfo.InvariantCulture));
        return await SaveAsync(cancellationToken);
    }

    private async Task<IActionResult> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            Errors.Add("", text["Register.Error.Stale"]);
            return Failed();
        }
        Response.Headers.Location = PathOf(Case.Id);
        return StatusCode(StatusCodes.Status303SeeOther);
    }

    private PageResult Failed()
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<string> NameAsync(CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking().Where(u => u.Id == UserId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken) ?? User.Identity?.Name ?? "";

    private async Task<bool> LoadAsync(int id, bool tracked, CancellationToken cancellationToken)
    {
        var query = tracked ? db.RegisterCases : db.RegisterCases.AsNoTracking();
        var c = await query.FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (c is null) return false;
        Case = c;
        Profile = await office.GetAsync(cancellationToken);
        if (Version == Guid.Empty) Version = c.Version;
        return true;
    }
}
