using GlosKlienta.Documents;

namespace GlosKlienta.Web.Features.InfoMaterials;

/// <summary>
/// What the accessibility statement's fixed parts say, as the Ministry's template ("Warunki techniczne publikacji oraz
/// struktura dokumentu elektronicznego deklaracji dostępności") orders them: who publishes which site at which address,
/// its dates, its status with the content that is not accessible, and whom to contact. Made from what the system knows
/// at the moment the page is read, so a problem leaves the statement the day it is fixed and never before.
/// </summary>
public sealed record AccessibilityStatement(
    string Entity,
    string Url,
    DateOnly Published,
    DateOnly Updated,
    DateOnly Prepared,
    DateOnly Reviewed,
    IReadOnlyList<string> Problems,
    string? ContactPerson,
    string? ContactEmail,
    string? ContactPhone)
{
    /// <summary>"zgodna" only with no known problem; otherwise "częściowo zgodna" (the law's three statuses).</summary>
    public bool FullyCompliant => Problems.Count == 0;

    /// <summary>A date as the template writes it (RRRR-MM-DD), in the element's text and its datetime attribute.</summary>
    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>Builds <see cref="AccessibilityStatement"/> from the office, the statement's versions, the directory and what is published.</summary>
public sealed class AccessibilityStatements(AppDbContext db, Directory.DirectoryStore directory, IStringLocalizer<SharedResource> text)
{
    public async Task<AccessibilityStatement> BuildAsync(
        Office.OfficeProfile office, InfoMaterial material, IReadOnlyList<InfoMaterialVersion> versions, string requestBaseUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(office);
        ArgumentNullException.ThrowIfNull(material);
        ArgumentNullException.ThrowIfNull(versions);
        DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(office.Local(at));
        var current = versions.Single(v => v.Number == material.CurrentVersion);
        // The site went public when the system first started: that start created the information materials.
        // (A few rows, read whole: SQLite cannot take the minimum of a DateTimeOffset in SQL.)
        var firstStart = (await db.InfoMaterials.Select(m => m.CreatedAt).ToListAsync(cancellationToken)).Min();
        var contact = (await directory.CurrentAsync(cancellationToken)).ActivePosts().FirstOrDefault(p => p.Post.IsAccessibilityContact);
        return new AccessibilityStatement(
            office.Name,
            office.PublicUrl ?? requestBaseUrl,
            Published: Day(firstStart),
            // A significant change of the site is published as a new version of this statement (the law asks for both together).
            Updated: Day(current.PublishedAt),
            Prepared: Day(versions.Min(v => v.PublishedAt)),
            Reviewed: material.LastReviewedOn,
            await KnownProblemsAsync(cancellationToken),
            contact is null ? null : contact.People.Count > 0 ? string.Join(", ", contact.People.Select(p => p.FullName)) + " (" + contact.Post.Name + ")" : contact.Post.Name,
            contact?.Post.Email is { Length: > 0 } email ? email : null,
            contact?.Post.Phones is { Length: > 0 } phones ? phones : null);
    }

    /// <summary>
    /// The content known not to meet WCAG 2.1 AA today, each asked of the place that knows: the PDF renderer for the
    /// documents the system makes, the database for files people published. Every line says how to get the content.
    /// </summary>
    public async Task<IReadOnlyList<string>> KnownProblemsAsync(CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        if (!FormatInfo.PdfIsTagged) problems.Add(text["Statement.Problem.UntaggedPdf"]);
        // A file becomes part of a published release when it is frozen with it (PublicFileModel serves only those).
        if (await db.PressFiles.AnyAsync(f => f.FrozenAt != null && f.PressReleaseId != null, cancellationToken))
            problems.Add(text["Statement.Problem.PressAttachments"]);
        if (await db.PetitionScans.AnyAsync(s => s.PublishedAt != null, cancellationToken))
            problems.Add(text["Statement.Problem.PetitionScans"]);
        return problems;
    }
}
