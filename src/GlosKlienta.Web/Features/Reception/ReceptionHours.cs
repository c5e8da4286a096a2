using GlosKlienta.Web.Features.Directory;

namespace GlosKlienta.Web.Features.Reception;

/// <summary>
/// When the Burmistrz or the deputy receives citizens on complaints and requests (art. 253 KPA).
/// One row per weekly slot; the complaints register validates the set and the notice boards and
/// public pages show it. The single copy of these hours in the system.
/// </summary>
public sealed class ReceptionHours
{
    public int Id { get; set; }
    /// <summary>Whose hours: <see cref="GlosKlienta.Domain.Staff.Roles.Burmistrz"/> or <see cref="GlosKlienta.Domain.Staff.Roles.ZastepcaBurmistrza"/>.</summary>
    public required string OfficialRole { get; set; }
    /// <summary>The official's name as shown to citizens, e.g. "Adam Nowak, Burmistrz Miasta i Gminy Lesko".</summary>
    public string? OfficialName { get; set; }
    public DayOfWeek Day { get; set; }
    public TimeOnly From { get; set; }
    public TimeOnly To { get; set; }
    public int? BuildingId { get; set; }
    public Building? Building { get; set; }
    /// <summary>Room or place, e.g. "pok. 12 (sekretariat)".</summary>
    public string? Place { get; set; }
    public string? Notes { get; set; }
}

/// <summary>How <see cref="ReceptionHours"/> is stored.</summary>
public sealed class ReceptionHoursConfiguration : IEntityTypeConfiguration<ReceptionHours>
{
    public void Configure(EntityTypeBuilder<ReceptionHours> builder)
    {
        builder.Property(x => x.OfficialRole).HasMaxLength(64);
        builder.Property(x => x.OfficialName).HasMaxLength(200);
        builder.Property(x => x.Place).HasMaxLength(200);
        builder.Property(x => x.Notes).HasMaxLength(1000);
        builder.HasOne(x => x.Building).WithMany().HasForeignKey(x => x.BuildingId).OnDelete(DeleteBehavior.Restrict);
    }
}
