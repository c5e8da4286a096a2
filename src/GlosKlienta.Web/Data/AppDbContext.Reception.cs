using GlosKlienta.Web.Features.Reception;
using Microsoft.EntityFrameworkCore;

namespace GlosKlienta.Web.Data;

public partial class AppDbContext
{
    public DbSet<ReceptionHours> ReceptionHours => Set<ReceptionHours>();
}
