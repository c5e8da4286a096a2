using GlosKlienta.Web.Features.InfoMaterials;

namespace GlosKlienta.Web.Data;

public partial class AppDbContext
{
    public DbSet<InfoMaterial> InfoMaterials => Set<InfoMaterial>();
    public DbSet<InfoMaterialVersion> InfoMaterialVersions => Set<InfoMaterialVersion>();
}
