
namespace GlosKlienta.Web.Features.Register.Public;

/// <summary>The acknowledgement after filing: the register number and date, read once from TempData (nothing personal in the address).</summary>
[AllowAnonymous]
public sealed class AcknowledgementModel(OfficeProfileProvider office) : PageModel
{
    public string? Number { get; private set; }
    public DateOnly? ReceivedOn { get; private set; }
    public OfficeProfile Office { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Office = await office.GetAsync(cancellationToken);
        if (TempData[FileModel.AckKey] is string ack && ack.Split('|') is [var number, var date, _])
        {
            Number = number;
            ReceivedOn = DateOnly.TryParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : null;
        }
    }
}
