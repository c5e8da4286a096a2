using System.Security.Claims;
using Microsoft.Extensions.Options;
using GlosKlienta.Domain.Register;

namespace GlosKlienta.Web.Features.Register.Disposal;

/// <summary>
/// Brakowanie: the closed cases whose retention period (the JRWA category of their kind, <see cref="RegisterOptions.RetentionOf"/>)
/// has passed as of the office's today, and the disposal of the chosen ones with a protocol. Category A files are listed
/// as to be handed to the state archive, never disposable; BE files need the archive's consent, whose letter the protocol
/// names. Showing the list is a read of those entries and is audited; the disposal is audited per case and per protocol.
/// </summary>
[Authorize(Policy = Policies.RegisterDisposal)]
public sealed class DisposalModel(AppDbContext db, AuditLog audit, CaseErasing erasing, OfficeProfileProvider office, TimeProvider time,
    IStringLocalizer<SharedResource> text, IOptions<RegisterOptions> options) : PageModel
{
    public const string Path = "/personel/rejestr/brakowanie";

    public sealed record Row(int Id, string RegisterNumber, string? CaseMark, string? JrwaClass, CaseKind Kind, ArchivalCategory Category, DateOnly ReceivedOn, DateOnly ClosedOn, RetentionStatus Status);

    public sealed record ProtocolLink(int Id, string ProtocolNumber, DateOnly ProtocolDate, string DisposedBy, int Count);

    public DateOnly Today { get; private set; }
    /// <summary>Due for disposal today (B past its period, BE past its period awaiting the archive's consent).</summary>
    public IReadOnlyList<Row> Due { get; private set; } = [];
    /// <summary>Category A: to be handed to the state archive, never disposed of by the office.</summary>
    public IReadOnlyList<Row> ToArchive { get; private set; } = [];
    /// <summary>How many closed cases are still within their period.</summary>
    public int KeptCount { get; private set; }
    public IReadOnlyList<ProtocolLink> Protocols { get; private set; } = [];
    public FormErrors Errors { get; } = new();

    [BindProperty] public List<int> Selected { get; set; } = [];
    [BindProperty] public string? ArchiveConsent { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public bool Confirmed { get; set; }

    public bool NeedsConsent => Due.Any(r => r.Status.State == RetentionState.DueAfterExpertReview);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        audit.Record(RegisterActions.DisposalListRead, RegisterActions.Subject, null, new { due = Due.Select(r => r.Id).ToArray(), toArchive = ToArchive.Select(r => r.Id).ToArray() });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var due = Due.ToDictionary(r => r.Id);
        var chosen = Selected.Distinct().ToList();
        if (chosen.Count == 0) Errors.Add("brakowanie-sprawy", text["Disposal.Error.NoneSelected"]);
        else if (chosen.Any(id => !due.ContainsKey(id))) Errors.Add("brakowanie-sprawy", text["Disposal.Error.NotDue"]);
        var consent = (ArchiveConsent ?? "").Trim();
        var rows = chosen.Where(due.ContainsKey).Select(id => due[id]).OrderBy(r => r.ReceivedOn.Year).ThenBy(r => r.RegisterNumber, StringComparer.Ordinal).ToList();
        if (rows.Any(r => r.Status.State == RetentionState.DueAfterExpertReview) && consent.Length == 0)
            Errors.Add("brakowanie-zgoda", text["Disposal.Error.ConsentRequired"]);
        if (consent.Length > 400) Errors.Add("brakowanie-zgoda", text["Letters.Error.TooLong", 400]);
        var note = (Note ?? "").Trim();
        if (note.Length > 2000) Errors.Add("brakowanie-uwagi", text["Letters.Error.TooLong", 2000]);
        if (!Confirmed) Errors.Add("brakowanie-potwierdzenie", text["Disposal.Error.NotConfirmed"]);
        if (Errors.Any)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var name = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken) ?? User.Identity?.Name ?? "";
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var number = (await db.DisposalProtocols.Where(p => p.Year == Today.Year).MaxAsync(p => (int?)p.Number, cancellationToken) ?? 0) + 1;
        var protocol = new DisposalProtocol
        {
            Year = Today.Year,
            Number = number,
            ProtocolNumber = number.ToString(CultureInfo.InvariantCulture) + "/" + Today.Year.ToString(CultureInfo.InvariantCulture),
            ProtocolDate = Today,
            CreatedAt = time.GetUtcNow(),
            DisposedById = userId,
            DisposedBy = name,
            ArchiveConsent = consent.Length == 0 ? null : consent,
            Note = note.Length == 0 ? null : note,
            ItemsJson = DisposalProtocol.Serialize(rows.Select(r => new DisposalItem(r.Id, r.RegisterNumber, r.CaseMark, r.JrwaClass, r.Kind.ToString(), r.Category.ToString(), r.ReceivedOn, r.ClosedOn))),
        };
        db.DisposalProtocols.Add(protocol);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another keeper took the number at the same moment: nothing was disposed of.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            Errors.Add("", text["Disposal.Error.Concurrent"]);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        var remark = text["Disposal.Remark", protocol.ProtocolNumber, PolishDates.Day(Today)].Value;
        var ids = rows.Select(r => r.Id).ToList();
        foreach (var c in await db.RegisterCases.Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken))
        {
            await erasing.EraseAsync(c, CaseErasure.Wybrakowana, remark, cancellationToken);
            c.DisposalProtocolId = protocol.Id;
            audit.Record(RegisterActions.CaseDisposed, RegisterActions.Subject, c.Id.ToString(CultureInfo.InvariantCulture), new { protocol = protocol.Id, category = due[c.Id].Category.ToString() });
        }
        audit.Record(RegisterActions.DisposalProtocolWritten, RegisterActions.ProtocolSubject, protocol.Id.ToString(CultureInfo.InvariantCulture),
            new { number = protocol.ProtocolNumber, cases = ids, consent = protocol.ArchiveConsent is not null });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Response.Headers.Location = ProtocolModel.PathOf(protocol.Id);
        return StatusCode(StatusCodes.Status303SeeOther);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var profile = await office.GetAsync(cancellationToken);
        Today = profile.Today(time);
        var closed = await db.RegisterCases.AsNoTracking()
            .Where(c => c.ClosedOn != null && c.ErasedAt == null)
            .Select(c => new { c.Id, c.RegisterNumber, c.CaseMark, c.CaseMarkClass, c.Kind, c.ReceivedOn, ClosedOn = c.ClosedOn!.Value, c.Year, c.Number })
            .ToListAsync(cancellationToken);
        var rows = closed
            .OrderBy(c => c.Year).ThenBy(c => c.Number)
            .Select(c =>
            {
                var category = options.Value.RetentionOf(c.Kind);
                return new Row(c.Id, c.RegisterNumber, c.CaseMark, c.CaseMarkClass, c.Kind, category, c.ReceivedOn, c.ClosedOn, Retention.StatusOn(category, c.ClosedOn, Today));
            })
            .ToList();
        Due = rows.Where(r => r.Status.IsDue).ToList();
        ToArchive = rows.Where(r => r.Status.State == RetentionState.ToArchive).ToList();
        KeptCount = rows.Count(r => r.Status.State == RetentionState.Kept);
        var protocols = await db.DisposalProtocols.AsNoTracking().OrderByDescending(p => p.Year).ThenByDescending(p => p.Number).ToListAsync(cancellationToken);
        Protocols = protocols.Select(p => new ProtocolLink(p.Id, p.ProtocolNumber, p.ProtocolDate, p.DisposedBy, p.Items.Count)).ToList();
    }
}
