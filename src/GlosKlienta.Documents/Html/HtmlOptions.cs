namespace GlosKlienta.Documents;

/// <summary>How a document is written as an HTML fragment.</summary>
public sealed record HtmlOptions
{
    /// <summary>Prefix of every id in the fragment (chart titles, patterns); make it unique when a page holds two documents.</summary>
    public string IdPrefix { get; init; } = "gk";

    /// <summary>
    /// The src of an image. Null writes a data: URI, which a CSP of <c>default-src 'self'</c> blocks:
    /// pages under that CSP pass a URL they serve themselves (or add <c>img-src 'self' data:</c>).
    /// </summary>
    public Func<Image, int, string>? ImageSource { get; init; }
}
