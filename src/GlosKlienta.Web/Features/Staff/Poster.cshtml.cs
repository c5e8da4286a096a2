using QRCoder;

namespace GlosKlienta.Web.Features.Staff;

/// <summary>
/// A poster for the hall and the counters: the survey's short address and a QR code that opens it on a phone. The address
/// is the office's public address (issue 15); until it is set the page says so and shows no code, because the host this
/// page was opened at (localhost, the office's own network) would send citizens nowhere.
/// </summary>
[Authorize(Policy = Policies.SurveyResults)]
public sealed class PosterModel(OfficeProfileProvider office) : PageModel
{
    public string? SurveyUrl { get; private set; }
    public string QrSvg { get; private set; } = "";
    public OfficeProfile Office { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Office = await office.GetAsync(cancellationToken);
        if (Office.PublicUrl is null)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return;
        }
        SurveyUrl = Office.PublicUrl + "/ankieta";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(SurveyUrl, QRCodeGenerator.ECCLevel.M);
        QrSvg = new SvgQRCode(data).GetGraphic(8, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
    }
}
