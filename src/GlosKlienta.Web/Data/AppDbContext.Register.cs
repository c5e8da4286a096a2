using GlosKlienta.Web.Features.Register;

namespace GlosKlienta.Web.Data;

public partial class AppDbContext
{
    public DbSet<RegisterCase> RegisterCases => Set<RegisterCase>();
    public DbSet<RegisterCaseEvent> RegisterCaseEvents => Set<RegisterCaseEvent>();
    public DbSet<RegisterAttachment> RegisterAttachments => Set<RegisterAttachment>();
    public DbSet<RegisterAttachmentContent> RegisterAttachmentContents => Set<RegisterAttachmentContent>();
    public DbSet<GlosKlienta.Web.Features.Petitions.PetitionScan> PetitionScans => Set<GlosKlienta.Web.Features.Petitions.PetitionScan>();
}

public partial class AppDbContext
{
    public DbSet<GlosKlienta.Web.Features.Register.Disposal.DisposalProtocol> DisposalProtocols => Set<GlosKlienta.Web.Features.Register.Disposal.DisposalProtocol>();
}
