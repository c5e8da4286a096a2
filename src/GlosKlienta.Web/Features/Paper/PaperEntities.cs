using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using GlosKlienta.Web.Features.Directory;
using GlosKlienta.Web.Features.Survey;

namespace GlosKlienta.Web.Features.Paper;

/// <summary>A box for filled paper survey forms (procedure row 8). Each opening of it is a batch of forms to key.</summary>
public sealed class SurveyBox
{
    public int Id { get; set; }
    public int BuildingId { get; set; }
    public Building? Building { get; set; }
    public required string Code { get; set; }
    /// <summary>Where the box stands, in words a citizen understands.</summary>
    public required string Location { get; set; }
    public bool IsActive { get; set; } = true;
}

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

/// <summary>
/// One keying of one paper form. With double entry each form is keyed twice by different people
/// (pass 1 and 2) and a third look settles any difference (pass 3); the agreed answers become the
/// <see cref="SurveyResponse"/>. A form found empty is recorded as blank and stores no response.
/// </summary>
public sealed class PaperEntry
{
    public long Id { get; set; }
    public int BoxOpeningId { get; set; }
    public int FormNumber { get; set; }
    public int Pass { get; set; }
    public required string KeyedById { get; set; }
    public required string KeyedBy { get; set; }
    public DateTimeOffset KeyedAt { get; set; }
    public bool BlankForm { get; set; }
    public required string Choices { get; set; }
    /// <summary>Free texts as JSON object: question code to text.</summary>
    public required string Texts { get; set; }
    public string? Unreadable { get; set; }
}

/// <summary>How <see cref="SurveyBox"/> is stored.</summary>
public sealed class SurveyBoxConfiguration : IEntityTypeConfiguration<SurveyBox>
{
    public void Configure(EntityTypeBuilder<SurveyBox> builder)
    {
        builder.HasIndex(x => x.Code).IsUnique();
        builder.Property(x => x.Code).HasMaxLength(40);
        builder.Property(x => x.Location).HasMaxLength(300);
        builder.HasOne(x => x.Building).WithMany(b => b.Boxes).HasForeignKey(x => x.BuildingId).OnDelete(DeleteBehavior.Restrict);
    }
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

/// <summary>How <see cref="PaperEntry"/> is stored.</summary>
public sealed class PaperEntryConfiguration : IEntityTypeConfiguration<PaperEntry>
{
    public void Configure(EntityTypeBuilder<PaperEntry> builder)
    {
        builder.HasIndex(x => new { x.BoxOpeningId, x.FormNumber, x.Pass }).IsUnique();
        builder.Property(x => x.KeyedById).HasMaxLength(450);
        builder.Property(x => x.KeyedBy).HasMaxLength(200);
        builder.Property(x => x.Choices).HasMaxLength(4000);
        builder.Property(x => x.Texts).HasMaxLength(20_000);
        builder.Property(x => x.Unreadable).HasMaxLength(1000);
    }
}
