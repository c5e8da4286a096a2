using System.Globalization;
using System.Text;

namespace GlosKlienta.Documents;

/// <summary>
/// The stylesheet for documents rendered as HTML. The fragment (<see cref="Renderers.HtmlFragment(Document)"/>)
/// uses class names only, so a page under a strict CSP (no inline styles) links this stylesheet as a
/// file of its own, e.g. <c>app.MapGet("/css/dokument.css", () => Results.Text(HtmlStyles.Stylesheet, "text/css"))</c>.
/// </summary>
public static class HtmlStyles
{
    /// <summary>Font sizes (pt) a block may ask for; a size snaps to the nearest.</summary>
    internal static readonly int[] Sizes = [7, 8, 9, 10, 11, 12, 13, 14, 16, 18, 20, 22, 24, 26, 28, 32, 36, 40, 44, 48, 54, 60, 66, 72, 80, 96];

    internal static int SnapSize(double pt)
    {
        int best = Sizes[0];
        foreach (var s in Sizes)
            if (Math.Abs(s - pt) < Math.Abs(best - pt)) best = s;
        return best;
    }

    /// <summary>Everything the fragment's class names need, for screen and print.</summary>
    public static string Stylesheet { get; } = Build();

    /// <summary>A short hash of <see cref="Stylesheet"/> for cache-busting URLs ("dokument.css?v=...").</summary>
    public static string Version { get; } = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(Stylesheet)))[..12].ToLowerInvariant();

    private static string Build()
    {
        var sb = new StringBuilder();
        sb.Append("""
.gk-doc{font-family:"DejaVu Sans",Verdana,Arial,sans-serif;line-height:1.4;color:#000;background:#fff;max-width:60rem}
.gk-doc h1{font-size:1.8em;margin:0 0 .5em}
.gk-doc h2{font-size:1.45em;margin:1em 0 .4em}
.gk-doc h3{font-size:1.2em;margin:.9em 0 .3em}
.gk-doc p{margin:0 0 .5em}
.gk-doc ul,.gk-doc ol{margin:0 0 .6em;padding-left:1.6em}
.gk-al-left{text-align:left}.gk-al-center{text-align:center}.gk-al-right{text-align:right}.gk-al-justify{text-align:justify;hyphens:auto}
.gk-sa-0{margin-bottom:0!important}.gk-sa-s{margin-bottom:.25em!important}.gk-sa-l{margin-bottom:1em!important}.gk-sa-xl{margin-bottom:2em!important}
.gk-table-wrap{overflow-x:auto;max-width:100%;margin:0 0 1em}
.gk-table-wrap:focus-visible{outline:3px solid #ffbf47}
.gk-table{border-collapse:collapse;width:100%;margin:0;font-size:.9em}
.gk-table caption{caption-side:top;text-align:left;font-weight:bold;padding:.2em 0}
.gk-table th,.gk-table td{border:1px solid #000;padding:.25em .4em;vertical-align:top;text-align:left}
.gk-table thead th{background:#e6e6e6;font-weight:bold}
.gk-table.gk-kv th{font-weight:bold;background:none}
.gk-ca-center{text-align:center!important}.gk-ca-right{text-align:right!important;font-variant-numeric:tabular-nums}
.gk-chart{margin:0 0 .5em}
.gk-chart-svg{max-width:100%;height:auto;display:block}
.gk-figure{margin:0 0 1em}
.gk-figure.gk-al-center img{margin-left:auto;margin-right:auto}
.gk-figure.gk-al-right img{margin-left:auto}
.gk-img{display:block;max-width:100%;height:auto}
.gk-figure figcaption{font-size:.9em;margin-top:.25em}
.gk-field{margin:0 0 1em}
.gk-field-label{font-weight:bold}
.gk-field-value{border-bottom:1px solid #000;padding:.2em 0;white-space:pre-wrap}
.gk-field-line{border-bottom:1px solid #000;height:2.2em}
.gk-signatures{display:flex;gap:2em;margin:3em 0 1em}
.gk-signature{flex:1 1 0;text-align:center;font-size:.85em}
.gk-signature-line{border-bottom:1px dotted #000;height:2.5em;margin-bottom:.25em}
.gk-signature-label{display:block}
.gk-page-break{border-top:1px dashed #777;margin:1.5em 0}
.gk-doc-footer{border-top:1px solid #000;margin-top:2em;padding-top:.3em;font-size:.8em}
@media print{
.gk-doc{max-width:none}
.gk-page-break{border:0;margin:0;break-after:page;page-break-after:always}
.gk-doc h1,.gk-doc h2,.gk-doc h3{break-after:avoid;page-break-after:avoid}
.gk-table thead{display:table-header-group}
.gk-table tr,.gk-chart,.gk-figure,.gk-field,.gk-signatures{break-inside:avoid;page-break-inside:avoid}
.gk-table caption{break-after:avoid}
}

""");
        foreach (var s in Sizes)
            sb.Append(CultureInfo.InvariantCulture, $".gk-fs-{s}{{font-size:{s}pt}}\n");
        for (int w = 1; w <= 100; w++)
            sb.Append(CultureInfo.InvariantCulture, $".gk-w-{w}{{width:{w}%}}\n");
        for (int h = 1; h <= 100; h++)
            sb.Append(CultureInfo.InvariantCulture, $".gk-sp-{h}{{height:{h}mm}}\n");
        return sb.ToString();
    }

    /// <summary>The @page rules for a standalone document: paper, orientation, margins, footer and page numbers.</summary>
    public static string PrintPageRules(Document document)
    {
        var p = document.Page;
        var sb = new StringBuilder();
        sb.Append("@page{size:").Append(p.Size.ToString()).Append(' ').Append(p.Orientation == PageOrientation.Landscape ? "landscape" : "portrait")
          .Append(";margin:").Append(p.MarginMm.ToString("0.#", CultureInfo.InvariantCulture)).Append("mm");
        if (!string.IsNullOrEmpty(document.Footer))
            sb.Append(";@bottom-left{content:\"").Append(CssString(document.Footer)).Append("\";font-size:8pt}");
        if (p.PageNumbers)
            sb.Append(";@bottom-right{content:\"Strona \" counter(page) \" z \" counter(pages);font-size:8pt}");
        sb.Append("}\n@media print{.gk-doc-footer{display:none}}\n");
        return sb.ToString();
    }

    private static string CssString(string s)
    {
        var sb = new StringBuilder();
        foreach (var c in s)
        {
            if (c == '"' || c == '\\') sb.Append('\\').Append(c);
            else if (c == '<') sb.Append("\\3c ");
            else if (c < 0x20) sb.Append(' ');
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
