
namespace GlosKlienta.Web.Data;

public partial class AppDbContext
{
    public DbSet<Office> Offices => Set<Office>();
}
