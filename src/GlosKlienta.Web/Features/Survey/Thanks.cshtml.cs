
namespace GlosKlienta.Web.Features.Survey;

[AllowAnonymous]
public sealed class ThanksModel(SurveyCatalog catalog, OfficeProfileProvider office, IStringLocalizer<SharedResource> text) : PageModel
{
    public string ThankYou { get; private set; } = "";
    public OfficeProfile Office { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Office = await office.GetAsync(cancellationToken);
        var live = await catalog.GetLiveAsync(cancellationToken);
        ThankYou = live?.In(Languages.SiteLanguages.Of(HttpContext).Code).Definition.ThankYou ?? text["Thanks.Default"];
    }
}
