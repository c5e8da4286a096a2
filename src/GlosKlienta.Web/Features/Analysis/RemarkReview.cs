
namespace GlosKlienta.Web.Features.Analysis;

/// <summary>
/// The Pełnomocnik's reading of one free-text remark: its categories and whether it may be quoted
/// in the protocol (a remark with personal data, or one that could identify its author, may not).
/// </summary>
public sealed class RemarkReview
{
    public int Id { get; set; }
    public long SurveyResponseTextId { get; set; }
    /// <summary>The ids of the <see cref="RemarkCategory"/> rows, comma-separated.</summary>
    public required string Categories { get; set; }
    public bool Unquotable { get; set; }
    public DateTimeOffset ReviewedAt { get; set; }
    public required string ReviewedBy { get; set; }
}

public sealed class RemarkReviewConfiguration : IEntityTypeConfiguration<RemarkReview>
{
    public void Configure(EntityTypeBuilder<RemarkReview> builder)
    {
        builder.HasIndex(x => x.SurveyResponseTextId).IsUnique();
        builder.HasOne<GlosKlienta.Web.Features.Survey.SurveyResponseText>().WithMany().HasForeignKey(x => x.SurveyResponseTextId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(x => x.Categories).HasMaxLength(200);
        builder.Property(x => x.ReviewedBy).HasMaxLength(256);
    }
}
