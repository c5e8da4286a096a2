
namespace GlosKlienta.Web.Features.Analysis;

/// <summary>
/// The draft of the F2 protocol (or annual analysis) of one period while the Pełnomocnik works on
/// it: what they write themselves (conclusions). Figures are not stored here; they are computed
/// afresh until approval freezes them in <see cref="F2Protocol"/>.
/// </summary>
public sealed class F2Draft
{
    public int Id { get; set; }
    /// <summary>"2026H1", "2026H2" or "2026".</summary>
    public required string Period { get; set; }
    public string? Conclusions { get; set; }
    /// <summary>Why the protocol may be approved although an active box has no opening on the period's box-opening day or later (the Pełnomocnik's record).</summary>
    public string? UnopenedBoxesReason { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }
}

public sealed class F2DraftConfiguration : IEntityTypeConfiguration<F2Draft>
{
    public void Configure(EntityTypeBuilder<F2Draft> builder)
    {
        builder.HasIndex(x => x.Period).IsUnique();
        builder.Property(x => x.Period).HasMaxLength(8);
        builder.Property(x => x.Conclusions).HasMaxLength(20_000);
        builder.Property(x => x.UnopenedBoxesReason).HasMaxLength(2000);
        builder.Property(x => x.UpdatedBy).HasMaxLength(256);
    }
}
