using System.Security.Claims;
using System.Text.Json;
using GlosKlienta.Domain.Press;

namespace GlosKlienta.Web.Features.Press;

/// <summary>Limits, audit codes and the shared reads of the press pages.</summary>
public static class PressRules
{
    public const int TitleMax = 300;
    public const int BodyMax = 50_000;
    public const int NoteMax = 4000;

    public const string SubjectType = "PressRelease";
    public const string Created = "press-release.created";
    public const string Edited = "press-release.edited";
    public const string Submitted = "press-release.submitted";
    public const string Approved = "press-release.approved";
    public const string Returned = "press-release.returned";
    public const string CorrectionStarted = "press-release.correction-started";
    public const string FileAdded = "press-release.file-added";
    public const string FileRemoved = "press-release.file-removed";

    public const string ContactSubject = "MediaContact";
    public const string ContactAdded = "media-contact.added";
    public const string ContactChanged = "media-contact.changed";
    public const string ContactErased = "media-contact.erased";

    public const string ConferenceSubject = "PressConference";
    public const string ConferenceCreated = "press-conference.created";
    public const string ConferenceChanged = "press-conference.changed";

    public static readonly CultureInfo Polish = CultureInfo.GetCultureInfo("pl-PL");

    public static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    public static string? UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);



    public static string Size(long bytes) =>
        bytes >= 1024 * 1024 ? (bytes / 1024d / 1024d).ToString("0.0", Polish) + " MB"
        : Math.Max(1, (bytes + 1023) / 1024).ToString(Polish) + " kB";

    public static IReadOnlyList<FrozenAttachment> Manifest(string json) =>
        JsonSerializer.Deserialize<List<FrozenAttachment>>(json, JsonSerializerOptions.Web) ?? [];

    public static string ManifestJson(IEnumerable<FrozenAttachment> files) => JsonSerializer.Serialize(files.ToList(), JsonSerializerOptions.Web);

    public static FrozenRelease Record(Guid key, PressReleaseVersion v) =>
        new(key, v.Number, v.Title, v.Body, Domain.Press.Topics.Parse(v.Topics), v.PublishAt, v.CorrectionNote, Manifest(v.Attachments));

    /// <summary>
    /// The published versions (publication moment reached), with their release's key. Few enough
    /// (a town issues tens of releases a year) to be filtered in memory, which also keeps
    /// DateTimeOffset comparisons away from SQLite, where they do not translate.
    /// </summary>
    public static async Task<List<(PressReleaseVersion Version, Guid Key)>> PublishedAsync(AppDbContext db, DateTimeOffset now, CancellationToken cancellationToken, int? releaseId = null)
    {
        var query = db.PressReleaseVersions.AsNoTracking();
        if (releaseId is not null) query = query.Where(v => v.PressReleaseId == releaseId);
        var rows = await query
            .Join(db.PressReleases, v => v.PressReleaseId, r => r.Id, (v, r) => new { Version = v, r.Key })
            .ToListAsync(cancellationToken);
        return rows.Where(r => r.Version.PublishAt <= now).Select(r => (r.Version, r.Key)).ToList();
    }

    /// <summary>Each release once, in its latest published version, newest first by first publication.</summary>
    public static List<PublishedRelease> Current(IEnumerable<(PressReleaseVersion Version, Guid Key)> published) =>
        published.GroupBy(p => p.Version.PressReleaseId)
            .Select(g =>
            {
                var ordered = g.OrderBy(p => p.Version.Number).ToList();
                return new PublishedRelease(ordered[^1].Version, ordered[^1].Key, ordered[0].Version.PublishAt, ordered.Select(p => p.Version).ToList());
            })
            .OrderByDescending(r => r.FirstPublished).ThenByDescending(r => r.Current.PressReleaseId)
            .ToList();
}

/// <summary>A release as the public sees it: the current version, when it first appeared, and every published version.</summary>
public sealed record PublishedRelease(PressReleaseVersion Current, Guid Key, DateTimeOffset FirstPublished, IReadOnlyList<PressReleaseVersion> Versions)
{
    public IReadOnlyList<string> Topics => Domain.Press.Topics.Parse(Current.Topics);
    public bool Corrected => Versions.Count > 1;
}
