using GlosKlienta.Web.Features.Press;

namespace GlosKlienta.Web.Data;

public partial class AppDbContext
{
    public DbSet<PressRelease> PressReleases => Set<PressRelease>();
    public DbSet<PressReleaseVersion> PressReleaseVersions => Set<PressReleaseVersion>();
    public DbSet<PressFile> PressFiles => Set<PressFile>();
    public DbSet<MediaContact> MediaContacts => Set<MediaContact>();
    public DbSet<PressConference> PressConferences => Set<PressConference>();
    public DbSet<PressConferenceInvitation> PressConferenceInvitations => Set<PressConferenceInvitation>();
}
