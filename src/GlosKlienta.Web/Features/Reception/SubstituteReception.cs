using GlosKlienta.Web.Features.Directory;

namespace GlosKlienta.Web.Features.Reception;

/// <summary>
/// A reception on a given date in place of weekly slots that fall on a public holiday that week (art. 253 § 2 and § 3
/// KPA hold every week). Shown on the public page until it has passed.
/// </summary>
public sealed class SubstituteReception
{
    public int Id { get; set; }
    public DateOnly Date { get; set; }
    public required string OfficialRole { get; set; }
    public TimeOnly From { get; set; }
    public TimeOnly To { get; set; }
    public int? BuildingId { get; set; }
    public Building? Building { get; set; }
    public string? Place { get; set; }
}

public sealed class SubstituteReceptionConfiguration : IEntityTypeConfiguration<SubstituteReception>
{
    public void Configure(EntityTypeBuilder<SubstituteReception> builder)
    {
        builder.Property(x => x.OfficialRole).HasMaxLength(64);
        builder.Property(x => x.Place).HasMaxLength(200);
        builder.HasIndex(x => x.Date);
        builder.HasOne(x => x.Building).WithMany().HasForeignKey(x => x.BuildingId).OnDelete(DeleteBehavior.Restrict);
    }
}
