using QRCoder;

namespace GlosKlienta.Web.Features.Staff;

/// <summary>
/// A poster for the hall and the counters: the survey's short address and a QR code that opens
/// it on a phone. The address is <c>Survey:PublicUrl</c> when configured (the address citizens
/// use from outside), otherwise the one this page was opened at.
/// </summary>
[Authorize(Policy = Policies.SurveyResults)]
public sealed class PosterModel(OfficeProfileProvider office, IConfiguration configuration) : PageModel
{
    public string SurveyUrl { get; private set; } = "";
    public string QrSvg { get; private set; } = "";
    public OfficeProfile Office { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Office = await office.GetAsync(cancellationToken);
        var baseUrl = configuration["Survey:PublicUrl"] is { Length: > 0 } configured
            ? configured.TrimEnd('/')
            : $"{Request.Scheme}://{Request.Host}";
        SurveyUrl = baseUrl + "/ankieta";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(SurveyUrl, QRCodeGenerator.ECCLevel.M);
        QrSvg = new SvgQRCode(data).GetGraphic(8, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
    }
}
