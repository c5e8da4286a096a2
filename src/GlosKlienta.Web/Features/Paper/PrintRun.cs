using GlosKlienta.Domain.Survey;
using GlosKlienta.Paper;
using GlosKlienta.Web.Features.Survey;

namespace GlosKlienta.Web.Features.Paper;

/// <summary>
/// Forms printed for a box ("200 forms for the Parkowa box"): the version and language they were printed from and the
/// serial numbers they carry, <see cref="FirstSerial"/> to <see cref="LastSerial"/>, unique across all runs, so a scanned
/// page is known and a page scanned twice is caught. The PDF is not stored: it is drawn again from this record.
/// </summary>
public sealed class PrintRun
{
    public int Id { get; set; }
    public int SurveyVersionId { get; set; }
    public SurveyVersion? SurveyVersion { get; set; }
    /// <summary>The language the forms were printed in (pl, uk, en): the one asked for, or Polish when the version is not wholly translated into it.</summary>
    public required string Language { get; set; }
    public int? SurveyBoxId { get; set; }
    public SurveyBox? SurveyBox { get; set; }
    public int Count { get; set; }
    public int FirstSerial { get; set; }
    public int LastSerial => FirstSerial + Count - 1;
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedById { get; set; }
    /// <summary>Who printed, by name at the time.</summary>
    public required string CreatedBy { get; set; }
}

/// <summary>How <see cref="PrintRun"/> is stored.</summary>
public sealed class PrintRunConfiguration : IEntityTypeConfiguration<PrintRun>
{
    public void Configure(EntityTypeBuilder<PrintRun> builder)
    {
        // Each run starts right after the highest serial recorded; two runs recorded at once would start at the same
        // number, and this index lets only one of them in (the other takes the next range).
        builder.HasIndex(x => x.FirstSerial).IsUnique();
        builder.Property(x => x.Language).HasMaxLength(2);
        builder.Property(x => x.CreatedById).HasMaxLength(450);
        builder.Property(x => x.CreatedBy).HasMaxLength(200);
        builder.Ignore(x => x.LastSerial);
        builder.HasOne(x => x.SurveyVersion).WithMany().HasForeignKey(x => x.SurveyVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.SurveyBox).WithMany().HasForeignKey(x => x.SurveyBoxId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>
/// The printable F1 of an approved version: print runs with their serials (the staff page and <c>forms print</c>), a run's
/// PDF drawn again from its record, the blank form of the public survey page, and the layout (<c>forms layout</c>).
/// </summary>
public sealed class PrintedForms(AppDbContext db, AuditLog audit, OfficeProfileProvider office, TimeProvider time)
{
    public const int MaxCount = 1000;

    /// <summary>The layout of an approved version in a language (Polish when the version is not wholly translated into it); null for drafts and unknown versions.</summary>
    public async Task<FormLayout?> LayoutAsync(int versionId, string language, CancellationToken cancellationToken)
    {
        var version = await db.SurveyVersions.AsNoTracking()
            .Where(v => v.Id == versionId && v.Status == SurveyVersionStatus.Approved)
            .Select(v => new { v.Number, v.Definition })
            .FirstOrDefaultAsync(cancellationToken);
        if (version is null) return null;
        var profile = await office.GetAsync(cancellationToken);
        var header = new FormHeader(profile.Name, FormCode.OfficeCode(profile.Locality), version.Number);
        return FormLayout.Build(SurveyDefinition.FromJson(version.Definition), language, header);
    }

    /// <summary>A blank form without serial (the public survey page's download).</summary>
    public async Task<byte[]?> BlankAsync(int versionId, string language, CancellationToken cancellationToken)
    {
        var layout = await LayoutAsync(versionId, language, cancellationToken);
        return layout is null ? null : FormRenderer.Render(layout, [null], time.GetUtcNow());
    }

    /// <summary>
    /// Records a run of <paramref name="count"/> forms with the next free serials and its audit entry, in one transaction.
    /// Null when the version is not an approved one.
    /// </summary>
    public async Task<PrintRun?> RecordAsync(int versionId, string language, int? boxId, int count, string? userId, string userName, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxCount);
        var layout = await LayoutAsync(versionId, language, cancellationToken);
        if (layout is null) return null;
        var boxLabel = boxId is int id ? await db.SurveyBoxes.Where(b => b.Id == id).Select(b => b.Location).FirstOrDefaultAsync(cancellationToken) : null;
        var versionNumber = layout.Header.VersionNumber;
        for (var attempt = 0; ; attempt++)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var next = (await db.PrintRuns.MaxAsync(r => (int?)(r.FirstSerial + r.Count), cancellationToken)) ?? 1;
            var run = new PrintRun
            {
                SurveyVersionId = versionId,
                Language = layout.Language,
                SurveyBoxId = boxId,
                Count = count,
                FirstSerial = next,
                CreatedAt = time.GetUtcNow(),
                CreatedById = userId,
                CreatedBy = userName,
            };
            try
            {
                db.PrintRuns.Add(run);
                await db.SaveChangesAsync(cancellationToken);
                audit.Record(PaperAudit.PrintRunRecorded, PaperAudit.PrintRunSubject, run.Id.ToString(CultureInfo.InvariantCulture), new
                {
                    surveyVersion = versionNumber,
                    language = run.Language,
                    box = boxLabel,
                    forms = count,
                    serials = string.Create(CultureInfo.InvariantCulture, $"{run.FirstSerial}-{run.LastSerial}"),
                });
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return run;
            }
            catch (DbUpdateException ex) when (PaperData.IsUniqueViolation(ex) && attempt < 5)
            {
                // Another run took the same first serial at the same moment: take the range after it.
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>A run's PDF, drawn again from its record: the same serials every time.</summary>
    public async Task<byte[]?> RunPdfAsync(PrintRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var layout = await LayoutAsync(run.SurveyVersionId, run.Language, cancellationToken);
        return layout is null
            ? null
            : FormRenderer.Render(layout, Enumerable.Range(run.FirstSerial, run.Count).Select(s => (int?)s).ToList(), run.CreatedAt);
    }

    /// <summary>The file name a run downloads as: <c>F1-v1-pl-nr-201-400.pdf</c>.</summary>
    public static string FileName(PrintRun run, int versionNumber) =>
        string.Create(CultureInfo.InvariantCulture, $"F1-v{versionNumber}-{run.Language}-nr-{run.FirstSerial}-{run.LastSerial}.pdf");
}
