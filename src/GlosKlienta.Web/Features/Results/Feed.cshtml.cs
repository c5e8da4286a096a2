using System.Text;
using System.Xml;

namespace GlosKlienta.Web.Features.Results;

/// <summary>
/// New results as an Atom feed (RFC 4287): one entry per approved protocol, updated at its approval, linking
/// to its section of <c>/wyniki</c>. An approved protocol never changes, so neither does its entry; its summary
/// says only what the page says, with the same groups withheld.
/// </summary>
[AllowAnonymous]
public sealed class FeedModel(PublishedResults results, OfficeProfileProvider office, TimeProvider time, IStringLocalizer<SharedResource> text) : PageModel
{
    private const string Atom = Press.FeedModel.AtomNamespace;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var profile = await office.GetAsync(cancellationToken);
        var sections = await results.SectionsAsync(cancellationToken);
        var site = $"{Request.Scheme}://{Request.Host}";
        var updated = sections.Count > 0 ? sections.Max(s => s.ApprovedAt) : time.GetUtcNow();

        var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xml", "lang", null, "pl");
            xml.WriteElementString("id", Atom, Press.FeedModel.TagUri(profile, "wyniki"));
            xml.WriteElementString("title", Atom, text["Results.Feed.Title", profile.Name]);
            xml.WriteElementString("updated", Atom, Stamp(updated));
            Link(xml, "self", site + IndexModel.FeedPath, "application/atom+xml");
            Link(xml, "alternate", site + IndexModel.Path, "text/html");
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, profile.Name);
            xml.WriteEndElement();
            foreach (var s in sections.OrderByDescending(s => s.ApprovedAt))
            {
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("id", Atom, Press.FeedModel.TagUri(profile, "wyniki/" + s.Figures.Period));
                xml.WriteElementString("title", Atom, text["Results.Period.Title", s.Figures.PeriodName]);
                xml.WriteElementString("published", Atom, Stamp(s.ApprovedAt));
                xml.WriteElementString("updated", Atom, Stamp(s.ApprovedAt));
                Link(xml, "alternate", site + IndexModel.Path + "#" + s.Anchor, "text/html");
                xml.WriteStartElement("summary", Atom);
                xml.WriteAttributeString("type", "text");
                xml.WriteString(Summary(s));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return File(buffer.ToArray(), "application/atom+xml; charset=utf-8");
    }

    /// <summary>"Ankiet: 50. Oceny 4–5: …" in one line, or the sentence that the period had too few answers.</summary>
    private string Summary(PublishedSection s)
    {
        var f = s.Figures;
        if (f.Suppressed) return text["Results.Period.TooFew", ResultsText.Answers(text, f.MinimumGroup)];
        var parts = new List<string> { text["Results.Feed.Responses", ResultsText.Count(f.Responses!.Value)] };
        var ratings = f.Ratings.Where(r => r.Share is not null).Select(r => ResultsText.Capitalised(r.Text) + " " + ResultsText.Percent(r.Share!.Share)).ToList();
        if (ratings.Count > 0) parts.Add(text["Results.Feed.Ratings", string.Join("; ", ratings)]);
        if (f.NotOnTime?.Share is { } late) parts.Add(text["Results.Feed.NotOnTime", ResultsText.Percent(late.Share)]);
        return string.Join(" ", parts);
    }

    private static string Stamp(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
