
namespace GlosKlienta.Web.Features.Press;

/// <summary>One invited contact; the outlet is copied so the list still says who was invited after the contact is erased.</summary>
public sealed class PressConferenceInvitation
{
    public int Id { get; set; }
    public int PressConferenceId { get; set; }
    public int? MediaContactId { get; set; }
    public MediaContact? MediaContact { get; set; }
    public string Outlet { get; set; } = "";
}

public sealed class PressConferenceInvitationConfiguration : IEntityTypeConfiguration<PressConferenceInvitation>
{
    public void Configure(EntityTypeBuilder<PressConferenceInvitation> builder)
    {
        builder.Property(x => x.Outlet).HasMaxLength(200);
        builder.HasOne(x => x.MediaContact).WithMany().HasForeignKey(x => x.MediaContactId).OnDelete(DeleteBehavior.SetNull);
    }
}
