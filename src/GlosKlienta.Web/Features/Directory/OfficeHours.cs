
namespace GlosKlienta.Web.Features.Directory;

public sealed class OfficeHours
{
    public int Id { get; set; }
    public int BuildingId { get; set; }
    public Building? Building { get; set; }
    public DayOfWeek Day { get; set; }
    public TimeOnly Opens { get; set; }
    public TimeOnly Closes { get; set; }
}

/// <summary>How <see cref="OfficeHours"/> is stored.</summary>
public sealed class OfficeHoursConfiguration : IEntityTypeConfiguration<OfficeHours>
{
    public void Configure(EntityTypeBuilder<OfficeHours> builder)
    {
        builder.HasOne(x => x.Building).WithMany(b => b.Hours).HasForeignKey(x => x.BuildingId).OnDelete(DeleteBehavior.Cascade);
    }
}
