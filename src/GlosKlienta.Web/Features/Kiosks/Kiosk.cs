namespace GlosKlienta.Web.Features.Kiosks;

/// <summary>
/// A tablet or touch screen in the office's hall, registered by an administrator. It is a device, not a person:
/// its answers carry its id and nothing else. Neither secret is kept: only SHA-256 hashes of the one-time
/// enrolment token (which dies when used or at <see cref="EnrolmentExpiresAt"/>) and of the device secret the
/// enrolled browser carries in its cookie.
/// </summary>
public sealed class Kiosk
{
    public int Id { get; set; }
    /// <summary>Where the device stands, as staff and the F2 name it: "Hol parter, Ratusz".</summary>
    public required string Name { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public byte[]? EnrolmentTokenHash { get; set; }
    public DateTimeOffset? EnrolmentExpiresAt { get; set; }
    public DateTimeOffset? EnrolledAt { get; set; }
    public byte[]? DeviceSecretHash { get; set; }
    /// <summary>Set once: a revoked kiosk never takes an answer again, and its link and cookie are dead.</summary>
    public DateTimeOffset? RevokedAt { get; set; }
}

/// <summary>How <see cref="Kiosk"/> is stored, and the kiosk's id on a response.</summary>
public sealed class KioskConfiguration : IEntityTypeConfiguration<Kiosk>
{
    public void Configure(EntityTypeBuilder<Kiosk> builder)
    {
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.Property(x => x.EnrolmentTokenHash).HasMaxLength(32);
        builder.Property(x => x.DeviceSecretHash).HasMaxLength(32);
        builder.HasIndex(x => x.EnrolmentTokenHash).IsUnique();
        builder.HasIndex(x => x.DeviceSecretHash).IsUnique();
    }
}
