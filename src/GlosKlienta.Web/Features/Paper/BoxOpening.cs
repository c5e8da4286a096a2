using GlosKlienta.Web.Features.Survey;

namespace GlosKlienta.Web.Features.Paper;

/// <summary>
/// One opening of a survey box: when, by whom, how many forms. The forms of an opening are a
/// batch, numbered 1..FormCount, keyed against one survey version, once or twice (double entry).
/// </summary>
public sealed class BoxOpening
{
    public int Id { get; set; }
    /// <summary>Batches are numbered per year in the order they are recorded: 2026/1, 2026/2, ...</summary>
    public int Year { get; set; }
    public int Number { get; set; }
    public int SurveyBoxId { get; set; }
    public SurveyBox? SurveyBox { get; set; }
    public DateOnly OpenedOn { get; set; }
    public required string OpenedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public string? RecordedById { get; set; }
    public int FormCount { get; set; }
    public int SurveyVersionId { get; set; }
    public bool DoubleEntry { get; set; }
    public string? Notes { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public List<PaperEntry> Entries { get; set; } = [];
}

/// <summary>How <see cref="BoxOpening"/> is stored.</summary>
public sealed class BoxOpeningConfiguration : IEntityTypeConfiguration<BoxOpening>
{
    public void Configure(EntityTypeBuilder<BoxOpening> builder)
    {
        builder.HasIndex(x => new { x.Year, x.Number }).IsUnique();
        builder.Property(x => x.OpenedBy).HasMaxLength(200);
        builder.Property(x => x.Notes).HasMaxLength(2000);
        builder.HasOne(x => x.SurveyBox).WithMany().HasForeignKey(x => x.SurveyBoxId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SurveyVersion>().WithMany().HasForeignKey(x => x.SurveyVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Entries).WithOne().HasForeignKey(p => p.BoxOpeningId).OnDelete(DeleteBehavior.Restrict);
    }
}
