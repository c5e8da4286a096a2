using GlosKlienta.Web.Features.Survey;
using Microsoft.Extensions.Options;

namespace GlosKlienta.Web.Features.Kiosks;

/// <summary>The kiosk's thank-you screen: it returns to the start by itself after <see cref="KioskOptions.ThanksSeconds"/>.</summary>
[AllowAnonymous]
public sealed class ThanksModel(SurveyCatalog catalog, IOptions<KioskOptions> options, IStringLocalizer<SharedResource> text) : PageModel
{
    public string ThankYou { get; private set; } = "";
    public int Seconds => options.Value.ThanksSeconds;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var live = await catalog.GetLiveAsync(cancellationToken);
        ThankYou = live?.In(Languages.SiteLanguages.Of(HttpContext).Code).Definition.ThankYou ?? text["Thanks.Default"];
    }
}
