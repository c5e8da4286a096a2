using GlosKlienta.Web.Features.Analysis;
using Microsoft.EntityFrameworkCore;

namespace GlosKlienta.Web.Data;

public partial class AppDbContext
{
    public DbSet<F2Draft> F2Drafts => Set<F2Draft>();
    public DbSet<F2Protocol> F2Protocols => Set<F2Protocol>();
    public DbSet<ProposedAction> ProposedActions => Set<ProposedAction>();

    /// <summary>An approved protocol is frozen: a change or deletion never reaches the database.</summary>
    private void RefuseFrozenProtocolChanges()
    {
        if (ChangeTracker.Entries<F2Protocol>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("An approved F2 protocol is frozen: it cannot be changed or deleted.");
    }
}
