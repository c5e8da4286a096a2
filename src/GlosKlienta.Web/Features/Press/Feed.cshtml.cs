using System.Text;
using System.Xml;
using GlosKlienta.Domain.Press;

namespace GlosKlienta.Web.Features.Press;

/// <summary>
/// The published releases as an Atom feed (RFC 4287). Each entry's id is <c>urn:uuid:</c> of the
/// release's key, so a correction updates the entry (new <c>updated</c>) instead of making a new
/// one; the feed's id is a tag URI of the office's domain, stable across hosts and restarts.
/// </summary>
[AllowAnonymous]
public sealed class FeedModel(AppDbContext db, OfficeProfileProvider office, TimeProvider time) : PageModel
{
    public const string AtomNamespace = "http://www.w3.org/2005/Atom";
    public const int MaxEntries = 50;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var profile = await office.GetAsync(cancellationToken);
        var releases = PressRules.Current(await PressRules.PublishedAsync(db, time.GetUtcNow(), cancellationToken)).Take(MaxEntries).ToList();
        var site = $"{Request.Scheme}://{Request.Host}";
        var updated = releases.Count > 0 ? releases.Max(r => r.Current.PublishAt) : time.GetUtcNow();

        var buffer = new MemoryStream();
        await using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, Async = true }))
        {
            await xml.WriteStartDocumentAsync();
            await xml.WriteStartElementAsync(null, "feed", AtomNamespace);
            await xml.WriteAttributeStringAsync("xml", "lang", null, "pl");
            await xml.WriteElementStringAsync(null, "id", AtomNamespace, FeedId(profile));
            await xml.WriteElementStringAsync(null, "title", AtomNamespace, $"Komunikaty prasowe – {profile.Name}");
            await xml.WriteElementStringAsync(null, "updated", AtomNamespace, Stamp(updated));
            await Link(xml, "self", site + "/prasa/kanal.atom", "application/atom+xml");
            await Link(xml, "alternate", site + "/prasa", "text/html");
            await Author(xml, profile.Name);
            foreach (var r in releases)
            {
                var v = r.Current;
                await xml.WriteStartElementAsync(null, "entry", AtomNamespace);
                await xml.WriteElementStringAsync(null, "id", AtomNamespace, EntryId(r.Key));
                await xml.WriteElementStringAsync(null, "title", AtomNamespace, v.Title);
                await xml.WriteElementStringAsync(null, "published", AtomNamespace, Stamp(r.FirstPublished));
                await xml.WriteElementStringAsync(null, "updated", AtomNamespace, Stamp(v.PublishAt));
                await Link(xml, "alternate", site + "/prasa/" + PressRules.Id(v.PressReleaseId), "text/html");
                foreach (var topic in r.Topics)
                {
                    await xml.WriteStartElementAsync(null, "category", AtomNamespace);
                    await xml.WriteAttributeStringAsync(null, "term", null, topic);
                    await xml.WriteEndElementAsync();
                }
                await xml.WriteStartElementAsync(null, "summary", AtomNamespace);
                await xml.WriteAttributeStringAsync(null, "type", null, "text");
                await xml.WriteStringAsync(SimpleMarkup.Summary(v.Body));
                await xml.WriteEndElementAsync();
                await xml.WriteStartElementAsync(null, "content", AtomNamespace);
                await xml.WriteAttributeStringAsync(null, "type", null, "text");
                await xml.WriteStringAsync((v.CorrectionNote is null ? "" : "Sprostowanie: " + v.CorrectionNote + "\n\n") + SimpleMarkup.Normalize(v.Body));
                await xml.WriteEndElementAsync();
                await xml.WriteEndElementAsync();
            }
            await xml.WriteEndElementAsync();
            await xml.WriteEndDocumentAsync();
        }
        return File(buffer.ToArray(), "application/atom+xml; charset=utf-8");
    }

    public static string EntryId(Guid key) => "urn:uuid:" + key.ToString("D");

    /// <summary>A tag URI (RFC 4151) of the office's own domain, or of its locality when it has no website.</summary>
    public static string FeedId(OfficeProfile profile) => TagUri(profile, "komunikaty-prasowe");

    /// <summary>A tag URI (RFC 4151) of the office's domain for <paramref name="name"/>: the id of a feed or of one of its entries.</summary>
    public static string TagUri(OfficeProfile profile, string name)
    {
        var authority = Uri.TryCreate(profile.Website, UriKind.Absolute, out var uri) ? uri.Host : profile.Locality.ToLowerInvariant() + ".invalid";
        if (authority.StartsWith("www.", StringComparison.Ordinal)) authority = authority[4..];
        return $"tag:{authority},2026:glos-klienta/{name}";
    }

    private static string Stamp(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static async Task Link(XmlWriter xml, string rel, string href, string type)
    {
        await xml.WriteStartElementAsync(null, "link", AtomNamespace);
        await xml.WriteAttributeStringAsync(null, "rel", null, rel);
        await xml.WriteAttributeStringAsync(null, "type", null, type);
        await xml.WriteAttributeStringAsync(null, "href", null, href);
        await xml.WriteEndElementAsync();
    }

    private static async Task Author(XmlWriter xml, string name)
    {
        await xml.WriteStartElementAsync(null, "author", AtomNamespace);
        await xml.WriteElementStringAsync(null, "name", AtomNamespace, name);
        await xml.WriteEndElementAsync();
    }
}
