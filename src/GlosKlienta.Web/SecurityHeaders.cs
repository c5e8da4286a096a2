namespace GlosKlienta.Web;

/// <summary>
/// Headers every response carries: no third-party content of any kind (no CDN, font or tracker),
/// no framing, no referrer leaking the page a citizen came from.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = Policy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), interest-cohort=()";
        return next(context);
    }
}

/// <summary>Marker type for the shared resource file <c>Resources/SharedResource.resx</c> (Polish, the default language).</summary>
public sealed class SharedResource;
