using GlosKlienta.Web.Features.Reception;

namespace GlosKlienta.Web.Data;

public partial class AppDbContext
{
    public DbSet<ReceptionHours> ReceptionHours => Set<ReceptionHours>();
    public DbSet<SubstituteReception> SubstituteReceptions => Set<SubstituteReception>();
}
