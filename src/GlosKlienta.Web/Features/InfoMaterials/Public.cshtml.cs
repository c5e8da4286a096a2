
namespace GlosKlienta.Web.Features.InfoMaterials;

/// <summary>
/// An information material as published: its current version, when it first appeared, last changed and was last reviewed.
/// The accessibility statement is laid out as the Ministry's template requires (<see cref="AccessibilityStatement"/>), its
/// kept text being the part only the office can write: the buildings' accessibility.
/// </summary>
[AllowAnonymous]
public sealed class PublicModel(AppDbContext db, GlosKlienta.Web.Features.Office.OfficeProfileProvider office, AccessibilityStatements statements) : PageModel
{
    public InfoMaterial Material { get; private set; } = null!;
    public InfoMaterialVersion Current { get; private set; } = null!;
    public DateTimeOffset FirstPublished { get; private set; }
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;
    /// <summary>Set on the accessibility statement only.</summary>
    public AccessibilityStatement? Statement { get; private set; }
    /// <summary>The text in the reader's language, or the Polish one when the version has no translation into it.</summary>
    public InfoMaterialText Text { get; private set; } = null!;
    /// <summary>The reader asked for another language than Polish and the material has no text in it: shown in Polish, said so.</summary>
    public bool ShownInPolish { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var material = await db.InfoMaterials.AsNoTracking().FirstOrDefaultAsync(m => m.Slug == slug, cancellationToken);
        if (material is null) return NotFound();
        Material = material;
        var versions = await db.InfoMaterialVersions.AsNoTracking().Where(v => v.InfoMaterialId == material.Id).OrderBy(v => v.Number).ToListAsync(cancellationToken);
        if (versions.Count == 0) return NotFound();
        Current = versions.Single(v => v.Number == material.CurrentVersion);
        FirstPublished = versions[0].PublishedAt;
        var language = Languages.SiteLanguages.Of(HttpContext).Code;
        Text = Current.In(language) ?? Current.In("pl")!;
        ShownInPolish = language != "pl" && Current.In(language) is null;
        var profile = await office.GetAsync(cancellationToken);
        Zone = profile.TimeZone;
        if (material.Slug == InfoMaterialRules.AccessibilityStatement)
            Statement = await statements.BuildAsync(profile, material, versions, Request.Scheme + "://" + Request.Host + Request.PathBase, cancellationToken);
        return Page();
    }
}
