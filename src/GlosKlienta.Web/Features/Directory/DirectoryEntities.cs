using GlosKlienta.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using GlosKlienta.Web.Features.Accounts;

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

/// <summary>A post (stanowisko) with its tasks, unit, room and contact; held by any number of employees (none when vacant).</summary>
public sealed class Post
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public string? Tasks { get; set; }
    public int? OrganisationalUnitId { get; set; }
    public OrganisationalUnit? OrganisationalUnit { get; set; }
    public int? RoomId { get; set; }
    public Room? Room { get; set; }
    public string? Phones { get; set; }
    public string? Email { get; set; }
    public int SortOrder { get; set; }
    public bool IsActive { get; set; } = true;
    /// <summary>The post citizens contact about accessibility (board B, public pages).</summary>
    public bool IsAccessibilityContact { get; set; }
    public List<PostHolder> Holders { get; set; } = [];
}

public sealed class Employee
{
    public int Id { get; set; }
    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    /// <summary>An employee who left stays for the history; inactive ones appear nowhere current.</summary>
    public bool IsActive { get; set; } = true;
}

/// <summary>An employee holds a post (one may hold several; a post may have several holders).</summary>
public sealed class PostHolder
{
    public int PostId { get; set; }
    public int EmployeeId { get; set; }
    public Employee? Employee { get; set; }
}

/// <summary>When the cash desk (kasa) of a building is open, one row per weekday.</summary>
public sealed class CashDeskHours
{
    public int Id { get; set; }
    public int BuildingId { get; set; }
    public DayOfWeek Day { get; set; }
    public TimeOnly Opens { get; set; }
    public TimeOnly Closes { get; set; }
}

/// <summary>
/// A copy of the whole directory (<see cref="GlosKlienta.Domain.Directory.DirectoryState"/> as JSON) taken
/// after every change: append-only; the directory on a given day is the last copy recorded on or before it.
/// </summary>
public sealed class DirectorySnapshot : IAppendOnly
{
    public long Id { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    /// <summary>The office-local day of the change.</summary>
    public DateOnly RecordedOn { get; set; }
    public required string RecordedBy { get; set; }
    /// <summary>What changed, in words (e.g. "Stanowisko: Inspektor ds. podatków").</summary>
    public required string Summary { get; set; }
    public required string State { get; set; }
}

/// <summary>
/// One printable item (a board of a building or a door sign) with its keeper, and the fingerprint of
/// the text last marked as printed. Keys: <c>a/{building}</c>, <c>b/{building}</c>, <c>c/{building}</c>, <c>drzwi/{roomId}</c>.
/// </summary>
public sealed class PrintedItem
{
    public required string Key { get; set; }
    public string? KeeperId { get; set; }
    public string? PrintedHash { get; set; }
    public DateTimeOffset? PrintedAt { get; set; }
    public string? PrintedBy { get; set; }
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

public sealed class PostConfiguration : IEntityTypeConfiguration<Post>
{
    public void Configure(EntityTypeBuilder<Post> builder)
    {
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.Property(x => x.Tasks).HasMaxLength(4000);
        builder.Property(x => x.Phones).HasMaxLength(200);
        builder.Property(x => x.Email).HasMaxLength(200);
        builder.HasOne(x => x.OrganisationalUnit).WithMany().HasForeignKey(x => x.OrganisationalUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Room).WithMany().HasForeignKey(x => x.RoomId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Holders).WithOne().HasForeignKey(h => h.PostId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class EmployeeConfiguration : IEntityTypeConfiguration<Employee>
{
    public void Configure(EntityTypeBuilder<Employee> builder)
    {
        builder.Property(x => x.FirstName).HasMaxLength(100);
        builder.Property(x => x.LastName).HasMaxLength(100);
    }
}

public sealed class PostHolderConfiguration : IEntityTypeConfiguration<PostHolder>
{
    public void Configure(EntityTypeBuilder<PostHolder> builder)
    {
        builder.HasKey(x => new { x.PostId, x.EmployeeId });
        builder.HasOne(x => x.Employee).WithMany().HasForeignKey(x => x.EmployeeId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class CashDeskHoursConfiguration : IEntityTypeConfiguration<CashDeskHours>
{
    public void Configure(EntityTypeBuilder<CashDeskHours> builder) =>
        builder.HasOne<Building>().WithMany().HasForeignKey(x => x.BuildingId).OnDelete(DeleteBehavior.Cascade);
}

public sealed class DirectorySnapshotConfiguration : IEntityTypeConfiguration<DirectorySnapshot>
{
    public void Configure(EntityTypeBuilder<DirectorySnapshot> builder)
    {
        builder.HasIndex(x => x.RecordedOn);
        builder.Property(x => x.RecordedBy).HasMaxLength(256);
        builder.Property(x => x.Summary).HasMaxLength(500);
    }
}

public sealed class PrintedItemConfiguration : IEntityTypeConfiguration<PrintedItem>
{
    public void Configure(EntityTypeBuilder<PrintedItem> builder)
    {
        builder.HasKey(x => x.Key);
        builder.Property(x => x.Key).HasMaxLength(80);
        builder.Property(x => x.KeeperId).HasMaxLength(450);
        builder.Property(x => x.PrintedHash).HasMaxLength(64);
        builder.Property(x => x.PrintedBy).HasMaxLength(256);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(x => x.KeeperId).OnDelete(DeleteBehavior.SetNull);
    }
}
