
namespace GlosKlienta.Web.Features.Press;

/// <summary>
/// A journalist or newsroom the office contacts (procedure row 5). Personal data kept for one
/// purpose, stated with the record; deleting the contact erases it (invitations keep the outlet only).
/// </summary>
public sealed class MediaContact
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string Outlet { get; set; } = "";
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string Purpose { get; set; } = "";
    public DateTimeOffset AddedAt { get; set; }
    public string AddedBy { get; set; } = "";
    public DateTimeOffset? ChangedAt { get; set; }
}

public sealed class MediaContactConfiguration : IEntityTypeConfiguration<MediaContact>
{
    public void Configure(EntityTypeBuilder<MediaContact> builder)
    {
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.Property(x => x.Outlet).HasMaxLength(200);
        builder.Property(x => x.Email).HasMaxLength(256);
        builder.Property(x => x.Phone).HasMaxLength(40);
        builder.Property(x => x.Purpose).HasMaxLength(1000);
        builder.Property(x => x.AddedBy).HasMaxLength(200);
    }
}
