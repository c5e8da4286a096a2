
namespace GlosKlienta.Web.Features.Directory;

/// <summary>A room of a building: the door a sign hangs on and a line of board A.</summary>
public sealed class Room
{
    public int Id { get; set; }
    public int BuildingId { get; set; }
    public Building? Building { get; set; }
    /// <summary>0 is the ground floor (parter), negative floors are below ground.</summary>
    public int Floor { get; set; }
    public required string Number { get; set; }
    /// <summary>A word or two for citizens when the number is not enough, e.g. "sala narad", "kasa".</summary>
    public string? Description { get; set; }
}

public sealed class RoomConfiguration : IEntityTypeConfiguration<Room>
{
    public void Configure(EntityTypeBuilder<Room> builder)
    {
        builder.HasIndex(x => new { x.BuildingId, x.Number }).IsUnique();
        builder.Property(x => x.Number).HasMaxLength(20);
        builder.Property(x => x.Description).HasMaxLength(200);
        builder.HasOne(x => x.Building).WithMany().HasForeignKey(x => x.BuildingId).OnDelete(DeleteBehavior.Restrict);
    }
}
