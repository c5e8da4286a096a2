
namespace GlosKlienta.Web.Features.InfoMaterials;

/// <summary>An information material as published: its current version, when it first appeared, last changed and was last reviewed.</summary>
[AllowAnonymous]
public sealed class PublicModel(AppDbContext db, GlosKlienta.Web.Features.Office.OfficeProfileProvider office, Directory.DirectoryStore directory, Directory.Boards boards) : PageModel
{
    public InfoMaterial Material { get; private set; } = null!;
    public InfoMaterialVersion Current { get; private set; } = null!;
    public DateTimeOffset FirstPublished { get; private set; }
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;
    public bool IsStatement => Material.Slug == InfoMaterialRules.AccessibilityStatement;
    /// <summary>The statement's contact: the accessibility contact post of the directory, the one place such details are kept.</summary>
    public string? AccessibilityContact { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var material = await db.InfoMaterials.AsNoTracking().FirstOrDefaultAsync(m => m.Slug == slug, cancellationToken);
        if (material is null) return NotFound();
        Material = material;
        var versions = await db.InfoMaterialVersions.AsNoTracking().Where(v => v.InfoMaterialId == material.Id).OrderBy(v => v.Number).ToListAsync(cancellationToken);
        if (versions.Count == 0) return NotFound();
        Current = versions.Single(v => v.Number == material.CurrentVersion);
        FirstPublished = versions[0].PublishedAt;
        Zone = (await office.GetAsync(cancellationToken)).TimeZone;
        if (IsStatement && (await directory.CurrentAsync(cancellationToken)).ActivePosts().FirstOrDefault(p => p.Post.IsAccessibilityContact) is { } contact)
            AccessibilityContact = boards.ContactLine(contact);
        return Page();
    }
}
