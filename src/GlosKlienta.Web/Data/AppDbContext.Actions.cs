using GlosKlienta.Web.Features.Actions;

namespace GlosKlienta.Web.Data;

public partial class AppDbContext
{
    public DbSet<QualityAction> QualityActions => Set<QualityAction>();
    public DbSet<QualityActionNote> QualityActionNotes => Set<QualityActionNote>();
    public DbSet<ActionReminder> ActionReminders => Set<ActionReminder>();
}
