
namespace GlosKlienta.Web.Features.Accounts;

public sealed class StaffUser : IdentityUser
{
    public required string DisplayName { get; set; }
    /// <summary>A disabled account cannot sign in; its history stays.</summary>
    public DateTimeOffset? DisabledAt { get; set; }
}

/// <summary>How <see cref="StaffUser"/> is stored.</summary>
public sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> builder)
    {
        builder.Property(x => x.DisplayName).HasMaxLength(200);
    }
}
