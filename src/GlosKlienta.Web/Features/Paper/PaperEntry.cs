using GlosKlienta.Web.Features.Survey;

namespace GlosKlienta.Web.Features.Paper;

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
