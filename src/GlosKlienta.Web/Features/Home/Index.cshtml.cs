
namespace GlosKlienta.Web.Features.Home;

[AllowAnonymous]
public sealed class IndexModel(OfficeProfileProvider office) : PageModel
{
    public OfficeProfile Office { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Office = await office.GetAsync(cancellationToken);
}
