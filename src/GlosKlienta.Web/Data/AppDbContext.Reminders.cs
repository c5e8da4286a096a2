using GlosKlienta.Web.Features.Register.Reminders;
using Microsoft.EntityFrameworkCore;

namespace GlosKlienta.Web.Data;

public partial class AppDbContext
{
    public DbSet<TermReminder> TermReminders => Set<TermReminder>();
}
