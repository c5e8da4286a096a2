
namespace GlosKlienta.Web.Features.Reception;

/// <summary>How citizens file a skarga, wniosek or petycja: who receives them and when (art. 253 § 4 KPA), the ways to file and the terms.</summary>
[AllowAnonymous]
public sealed class HowToFileModel(AppDbContext db, OfficeProfileProvider office, Microsoft.Extensions.Options.IOptions<Register.RegisterOptions> options, TimeProvider time) : PageModel
{
    /// <summary>How far ahead the page shows substitute receptions.</summary>
    public const int SubstituteDaysAhead = 62;

    /// <summary>Receptions in place of weekly ones that fall on a public holiday, in the coming weeks.</summary>
    public IReadOnlyList<SubstituteReception> Substitutes { get; private set; } = [];

    /// <summary>How this office reads § 8 ust. 1 of the rozporządzenie (name or address missing, or both).</summary>
    public GlosKlienta.Domain.Register.AnonymityRule AnonymousWhen => options.Value.AnonymousWhen;

    public OfficeProfile Office { get; private set; } = null!;
    public IReadOnlyList<ReceptionEntry> Receptions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Office = await office.GetAsync(cancellationToken);
        Receptions = await ReceptionTimetable.LoadAsync(db, cancellationToken);
        var today = Office.Today(time);
        Substitutes = (await ReceptionTimetable.SubstitutesAsync(db, today, cancellationToken)).Where(x => x.Date <= today.AddDays(SubstituteDaysAhead)).ToList();
    }
}
