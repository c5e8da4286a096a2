
namespace GlosKlienta.Web.Features.Analysis;

/// <summary>
/// A threatened area the Pełnomocnik adds by judgement, with the reason, to a period's protocol
/// (the rules found no evidence, but they know of a problem). The protocol marks it as such.
/// </summary>
public sealed class JudgedArea
{
    public int Id { get; set; }
    public required string Period { get; set; }
    public required string Title { get; set; }
    public required string Reason { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public string? CreatedById { get; set; }
}

public sealed class JudgedAreaConfiguration : IEntityTypeConfiguration<JudgedArea>
{
    public void Configure(EntityTypeBuilder<JudgedArea> builder)
    {
        builder.HasIndex(x => x.Period);
        builder.Property(x => x.Period).HasMaxLength(8);
        builder.Property(x => x.Title).HasMaxLength(300);
        builder.Property(x => x.Reason).HasMaxLength(2000);
        builder.Property(x => x.CreatedBy).HasMaxLength(256);
        builder.Property(x => x.CreatedById).HasMaxLength(450);
    }
}
