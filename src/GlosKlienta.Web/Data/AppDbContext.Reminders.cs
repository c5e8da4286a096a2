using GlosKlienta.Web.Features.Register.Reminders;

namespace GlosKlienta.Web.Data;

public partial class AppDbContext
{
    public DbSet<TermReminder> TermReminders => Set<TermReminder>();
}
