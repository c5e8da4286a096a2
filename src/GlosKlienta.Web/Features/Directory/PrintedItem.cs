
namespace GlosKlienta.Web.Features.Directory;

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
