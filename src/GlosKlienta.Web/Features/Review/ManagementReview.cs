namespace GlosKlienta.Web.Features.Review;

/// <summary>
/// A management review (przegląd zarządzania, ISO 9001:2015 9.3; procedure P/7/5 row 10): the range its inputs cover,
/// when it was held and by whom, and its outputs (9.3.3) in words. Its decisions are actions of the register
/// (<see cref="Actions.QualityAction.ManagementReviewId"/>). Changeable until approved; the approval freezes the figures
/// and the files in an <see cref="ApprovedReview"/>.
/// </summary>
public sealed class ManagementReview
{
    public int Id { get; set; }
    /// <summary>The inputs cover cases, answers and actions from this day…</summary>
    public DateOnly From { get; set; }
    /// <summary>…to this day, both included.</summary>
    public DateOnly To { get; set; }
    /// <summary>The day the management met (or will meet) to review.</summary>
    public DateOnly HeldOn { get; set; }
    /// <summary>Who took part, as the minutes name them.</summary>
    public string? Participants { get; set; }
    /// <summary>9.3.3 a: the assessment and the opportunities for improvement.</summary>
    public string? Assessment { get; set; }
    /// <summary>9.3.3 b: changes needed to the system (procedures, forms, the survey).</summary>
    public string? Changes { get; set; }
    /// <summary>9.3.3 c: resources needed.</summary>
    public string? Resources { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public string? CreatedById { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>How the office names it: "PZ-3".</summary>
    public string Number => ReviewNumbers.Format(Id);
}

public static class ReviewNumbers
{
    public static string Format(int id) => "PZ-" + id.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// An approved review, frozen: the figures as they were and the files as they were rendered, each with its SHA-256.
/// Never changed or deleted (<see cref="IAppendOnly"/>, database triggers). Downloads return exactly these bytes.
/// </summary>
public sealed class ApprovedReview : IAppendOnly
{
    public int Id { get; set; }
    public int ManagementReviewId { get; set; }
    public DateTimeOffset ApprovedAt { get; set; }
    public required string ApprovedById { get; set; }
    /// <summary>The approver's name at the time, so the record stays readable if the account goes.</summary>
    public required string ApprovedBy { get; set; }
    public required string FiguresJson { get; set; }
    public required byte[] Pdf { get; set; }
    public required string PdfSha256 { get; set; }
    public required byte[] Odt { get; set; }
    public required string OdtSha256 { get; set; }
    public required byte[] Docx { get; set; }
    public required string DocxSha256 { get; set; }
}

public sealed class ManagementReviewConfiguration : IEntityTypeConfiguration<ManagementReview>
{
    public void Configure(EntityTypeBuilder<ManagementReview> builder)
    {
        builder.Ignore(x => x.Number);
        builder.Property(x => x.Participants).HasMaxLength(1000);
        builder.Property(x => x.Assessment).HasMaxLength(10_000);
        builder.Property(x => x.Changes).HasMaxLength(10_000);
        builder.Property(x => x.Resources).HasMaxLength(10_000);
        builder.Property(x => x.CreatedBy).HasMaxLength(256);
        builder.Property(x => x.CreatedById).HasMaxLength(450);
    }
}

public sealed class ApprovedReviewConfiguration : IEntityTypeConfiguration<ApprovedReview>
{
    public void Configure(EntityTypeBuilder<ApprovedReview> builder)
    {
        builder.HasIndex(x => x.ManagementReviewId).IsUnique();
        builder.HasOne<ManagementReview>().WithMany().HasForeignKey(x => x.ManagementReviewId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.ApprovedById).HasMaxLength(450);
        builder.Property(x => x.ApprovedBy).HasMaxLength(256);
        builder.Property(x => x.PdfSha256).HasMaxLength(64);
        builder.Property(x => x.OdtSha256).HasMaxLength(64);
        builder.Property(x => x.DocxSha256).HasMaxLength(64);
    }
}
