
namespace GlosKlienta.Web.Features.Press;

/// <summary>A press conference called by the Burmistrz (procedure row 5).</summary>
public sealed class PressConference
{
    public int Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string Place { get; set; } = "";
    public string Topic { get; set; } = "";
    public string? Notes { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public List<PressConferenceInvitation> Invitations { get; set; } = [];
    public List<PressFile> Files { get; set; } = [];
    public List<PressRelease> Releases { get; set; } = [];
}

public sealed class PressConferenceConfiguration : IEntityTypeConfiguration<PressConference>
{
    public void Configure(EntityTypeBuilder<PressConference> builder)
    {
        builder.Property(x => x.Place).HasMaxLength(300);
        builder.Property(x => x.Topic).HasMaxLength(300);
        builder.Property(x => x.Notes).HasMaxLength(4000);
        builder.Property(x => x.CreatedBy).HasMaxLength(200);
        builder.HasMany(x => x.Invitations).WithOne().HasForeignKey(i => i.PressConferenceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(x => x.Files).WithOne().HasForeignKey(f => f.PressConferenceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Releases).WithMany().UsingEntity("PressConferenceReleases");
    }
}
