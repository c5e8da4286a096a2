using GlosKlienta.Domain.Register;

namespace GlosKlienta.Web.Features.Register.Disposal;

/// <summary>Proposals to remove abusive cases awaiting the Burmistrz, and the cases removed so far; the list is a read and is audited.</summary>
[Authorize(Policy = Policies.RegisterRemoval)]
public sealed class RemovalsModel(AppDbContext db, AuditLog audit, OfficeProfileProvider office) : PageModel
{
    public const string Path = "/personel/rejestr/usuniecia";

    public IReadOnlyList<RegisterCase> Pending { get; private set; } = [];
    public IReadOnlyList<RegisterCase> Removed { get; private set; } = [];
    public OfficeProfile Profile { get; private set; } = null!;

    public string When(DateTimeOffset at) => Profile.Local(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Profile = await office.GetAsync(cancellationToken);
        Pending = await db.RegisterCases.AsNoTracking().Where(c => c.RemovalProposedAt != null && c.ErasedAt == null)
            .OrderBy(c => c.Year).ThenBy(c => c.Number).ToListAsync(cancellationToken);
        Removed = await db.RegisterCases.AsNoTracking().Where(c => c.Erasure == CaseErasure.UsunietaJakoNaduzycie)
            .OrderByDescending(c => c.Year).ThenByDescending(c => c.Number).ToListAsync(cancellationToken);
        audit.Record(RegisterActions.RemovalListRead, RegisterActions.Subject, null, new { pending = Pending.Select(c => c.Id).ToArray(), removed = Removed.Select(c => c.Id).ToArray() });
        await db.SaveChangesAsync(cancellationToken);
    }
}
