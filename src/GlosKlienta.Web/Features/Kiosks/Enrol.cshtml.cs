namespace GlosKlienta.Web.Features.Kiosks;

/// <summary>
/// The one-time link an administrator gave: opened in the hall's browser, it asks for a press of a button (a link
/// preview or a scanner that only fetches the page uses nothing up) and then makes this browser the kiosk.
/// </summary>
[AllowAnonymous]
public sealed class EnrolModel(KioskDevices kiosks) : PageModel
{
    public string Name { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        var kiosk = await kiosks.FindByTokenAsync(token, cancellationToken);
        if (kiosk is null) return NotFound();
        Name = kiosk.Name;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        var secret = await kiosks.EnrolAsync(token, cancellationToken);
        if (secret is null) return NotFound();
        KioskDevices.SetCookie(HttpContext, secret);
        Response.Headers.Location = RespondModel.Path;
        return StatusCode(StatusCodes.Status303SeeOther);
    }
}
