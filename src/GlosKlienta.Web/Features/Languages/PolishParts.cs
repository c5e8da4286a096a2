using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace GlosKlienta.Web.Features.Languages;

/// <summary>
/// Polish content on a public page in any language: a person's, a unit's or a room's name, an address, the office's name, a
/// text staff wrote in Polish. It stays Polish and is marked <c>lang="pl"</c> so that a screen reader reads it in Polish
/// (WCAG 3.1.2, language of parts). On a Polish page the mark repeats the page's language and changes nothing.
/// </summary>
public static class PolishParts
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    /// <summary>The state's electronic delivery service: its own name, said in Polish in every language.</summary>
    public const string EDeliveryName = "e-Doręczenia";

    /// <summary>Where a complaint to the data protection authority (UODO) goes.</summary>
    public const string DataProtectionOfficeAddress = "ul. Stawki 2, 00-193 Warszawa";

    /// <summary>The text in a <c>span lang="pl"</c>; nothing for no text.</summary>
    public static IHtmlContent Mark(string? text) =>
        string.IsNullOrEmpty(text) ? HtmlString.Empty : new HtmlString("<span lang=\"pl\">" + Encoder.Encode(text) + "</span>");

    /// <summary>
    /// A translated sentence with Polish names in its placeholders (<c>"addressed to: {0}"</c>): the sentence in the
    /// reader's language, each argument marked Polish, except those already made HTML (a word in the reader's language).
    /// </summary>
    public static IHtmlContent Format(LocalizedString format, params object?[] polish)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(polish);
        var marked = polish.Select(a => (object)Html(a as IHtmlContent ?? Mark(Convert.ToString(a, CultureInfo.CurrentCulture)))).ToArray();
        return new HtmlString(string.Format(CultureInfo.CurrentCulture, Encoder.Encode(format.Value), marked));
    }

    /// <summary>A word in the reader's language among Polish arguments of <see cref="Format"/>: left unmarked.</summary>
    public static IHtmlContent Reader(string text) => new HtmlString(Encoder.Encode(text));

    /// <summary>
    /// A translation that quotes Polish words (search examples, a Polish name) between <c>[pl]</c> and <c>[/pl]</c>:
    /// the text with those words marked Polish. A Polish original has no marks and comes out as it is.
    /// </summary>
    public static IHtmlContent Text(LocalizedString text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Line(text.Value);
    }

    /// <summary>
    /// A line of text with <c>[pl]</c>…<c>[/pl]</c> marks (a translation staff wrote, quoting Polish names): encoded, the
    /// marked words in a <c>span lang="pl"</c>. A mark left open is closed at the end of the line.
    /// </summary>
    public static IHtmlContent Line(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var html = new System.Text.StringBuilder();
        var open = false;
        foreach (var part in System.Text.RegularExpressions.Regex.Split(line, @"(\[pl\]|\[/pl\])"))
        {
            if (part == OpenMark && !open) { html.Append("<span lang=\"pl\">"); open = true; }
            else if (part == CloseMark && open) { html.Append("</span>"); open = false; }
            else if (part is not (OpenMark or CloseMark)) html.Append(Encoder.Encode(part));
        }
        if (open) html.Append("</span>");
        return new HtmlString(html.ToString());
    }

    private const string OpenMark = "[pl]";
    private const string CloseMark = "[/pl]";

    /// <summary>The text of <see cref="Text"/> without its marks, for an attribute or a plain-text use.</summary>
    public static string Plain(LocalizedString text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Value.Replace(OpenMark, "", StringComparison.Ordinal).Replace(CloseMark, "", StringComparison.Ordinal);
    }

    private static string Html(IHtmlContent content)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        content.WriteTo(writer, Encoder);
        return writer.ToString();
    }
}
