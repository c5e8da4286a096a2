
namespace GlosKlienta.Web.Features.Analysis;

/// <summary>
/// A preventive action or audit the Pełnomocnik proposes for a threatened area: what, who, by when.
/// Kept apart from the protocol row (it only names the period and the area's key) so that a later
/// corrective-action register can take these records over and move their status on.
/// </summary>
public sealed class ProposedAction
{
    public int Id { get; set; }
    public required string Period { get; set; }
    /// <summary><see cref="GlosKlienta.Domain.Analysis.ThreatenedArea.Key"/> of the area it answers.</summary>
    public required string AreaKey { get; set; }
    /// <summary>The area's title when the action was proposed (the figures may move until approval).</summary>
    public required string AreaTitle { get; set; }
    public ProposedActionKind Kind { get; set; }
    public required string What { get; set; }
    public required string Who { get; set; }
    public DateOnly Due { get; set; }
    public ProposedActionStatus Status { get; set; } = ProposedActionStatus.Proposed;
    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public string? CreatedById { get; set; }
}

public sealed class ProposedActionConfiguration : IEntityTypeConfiguration<ProposedAction>
{
    public void Configure(EntityTypeBuilder<ProposedAction> builder)
    {
        builder.HasIndex(x => new { x.Period, x.AreaKey });
        builder.Property(x => x.Period).HasMaxLength(8);
        builder.Property(x => x.AreaKey).HasMaxLength(200);
        builder.Property(x => x.AreaTitle).HasMaxLength(300);
        builder.Property(x => x.What).HasMaxLength(2000);
        builder.Property(x => x.Who).HasMaxLength(200);
        builder.Property(x => x.CreatedBy).HasMaxLength(256);
        builder.Property(x => x.CreatedById).HasMaxLength(450);
    }
}
