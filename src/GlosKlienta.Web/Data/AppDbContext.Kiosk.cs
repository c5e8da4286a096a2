using GlosKlienta.Web.Features.Kiosks;

namespace GlosKlienta.Web.Data;

public partial class AppDbContext
{
    public DbSet<Kiosk> Kiosks => Set<Kiosk>();
}
