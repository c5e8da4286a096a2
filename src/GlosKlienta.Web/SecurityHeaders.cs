namespace GlosKlienta.Web;

/// <summary>
/// Headers every response carries: no third-party content of any kind (no CDN, font or tracker),
/// no framing, no referrer leaking the page a citizen came from. When the office's public address is https,
/// HSTS as well, and every cookie set on the way out is marked <c>Secure</c> (see <see cref="MarkCookie"/>):
/// behind a proxy that ends TLS the request itself may look like plain http.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next, OfficeProfileProvider office)
{
    private const string SecureKey = "gk.secure-transport";
    /// <summary>One year, the usual HSTS lifetime; sub-domains are the office's own business, so not included.</summary>
    private const string Hsts = "max-age=31536000";

    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    public async Task InvokeAsync(HttpContext context)
    {
        // The profile is cached for a minute: one memory lookup per request.
        var publicUrl = (await office.GetAsync(context.RequestAborted)).PublicUrl;
        if (publicUrl is not null && publicUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            context.Items[SecureKey] = true;
            context.Response.Headers.StrictTransportSecurity = Hsts;
        }
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = Policy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), interest-cohort=()";
        await next(context);
    }

    /// <summary>For the cookie policy: a cookie appended or deleted on a request served under an https public address is Secure.</summary>
    public static void MarkCookie(HttpContext context, CookieOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        if (context.Items.ContainsKey(SecureKey)) options.Secure = true;
    }
}

/// <summary>Marker type for the shared resource file <c>Resources/SharedResource.resx</c> (Polish, the default language).</summary>
public sealed class SharedResource;
