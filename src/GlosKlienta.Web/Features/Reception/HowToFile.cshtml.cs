
namespace GlosKlienta.Web.Features.Reception;

/// <summary>How citizens file a skarga, wniosek or petycja: who receives them and when (art. 253 § 4 KPA), the ways to file and the terms.</summary>
[AllowAnonymous]
public sealed class HowToFileModel(AppDbContext db, OfficeProfileProvider office) : PageModel
{
    public OfficeProfile Office { get; private set; } = null!;
    public IReadOnlyList<ReceptionEntry> Receptions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Office = await office.GetAsync(cancellationToken);
        Receptions = await ReceptionTimetable.LoadAsync(db, cancellationToken);
    }
}
