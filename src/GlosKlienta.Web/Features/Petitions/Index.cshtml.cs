
namespace GlosKlienta.Web.Features.Petitions;

/// <summary>The public page of petitions filed with the office (art. 8 ustawy o petycjach).</summary>
[AllowAnonymous]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<PublishedPetition> Petitions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Petitions = await PetitionData.PublishedAsync(db, cancellationToken);
}
