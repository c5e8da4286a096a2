namespace GlosKlienta.Web.Features.Paper;

/// <summary>
/// A box's keeper was told of a half-year's box-opening day: once before the day, and once more
/// when the half-year has ended and the box is still not opened (<see cref="Late"/>). A new keeper is told too.
/// </summary>
public sealed class BoxOpeningNotice
{
    public long Id { get; set; }
    public int SurveyBoxId { get; set; }
    /// <summary>The half-year, e.g. "2026H1".</summary>
    public required string Period { get; set; }
    public bool Late { get; set; }
    public required string KeeperId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>When the e-mail went out; null when e-mail is not configured (the keeper saw it on the staff home only).</summary>
    public DateTimeOffset? EmailedAt { get; set; }
}

public sealed class BoxOpeningNoticeConfiguration : IEntityTypeConfiguration<BoxOpeningNotice>
{
    public void Configure(EntityTypeBuilder<BoxOpeningNotice> builder)
    {
        builder.HasIndex(x => new { x.SurveyBoxId, x.Period, x.Late, x.KeeperId }).IsUnique();
        builder.Property(x => x.Period).HasMaxLength(8);
        builder.Property(x => x.KeeperId).HasMaxLength(450);
        builder.HasOne<SurveyBox>().WithMany().HasForeignKey(x => x.SurveyBoxId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(x => x.KeeperId).OnDelete(DeleteBehavior.Cascade);
    }
}

