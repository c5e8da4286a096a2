
namespace GlosKlienta.Web.Features.Directory;

/// <summary>When the cash desk (kasa) of a building is open, one row per weekday.</summary>
public sealed class CashDeskHours
{
    public int Id { get; set; }
    public int BuildingId { get; set; }
    public DayOfWeek Day { get; set; }
    public TimeOnly Opens { get; set; }
    public TimeOnly Closes { get; set; }
}

public sealed class CashDeskHoursConfiguration : IEntityTypeConfiguration<CashDeskHours>
{
    public void Configure(EntityTypeBuilder<CashDeskHours> builder) =>
        builder.HasOne<Building>().WithMany().HasForeignKey(x => x.BuildingId).OnDelete(DeleteBehavior.Cascade);
}
