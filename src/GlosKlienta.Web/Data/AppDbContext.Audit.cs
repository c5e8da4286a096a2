
namespace GlosKlienta.Web.Data;

public partial class AppDbContext
{
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
}
