using GlosKlienta.Web.Features.Directory;

namespace GlosKlienta.Web.Data;

public partial class AppDbContext
{
    public DbSet<Building> Buildings => Set<Building>();
    public DbSet<OrganisationalUnit> OrganisationalUnits => Set<OrganisationalUnit>();
    public DbSet<OfficeHours> OfficeHours => Set<OfficeHours>();
    public DbSet<Room> Rooms => Set<Room>();
    public DbSet<Post> Posts => Set<Post>();
    public DbSet<Employee> Employees => Set<Employee>();
    public DbSet<PostHolder> PostHolders => Set<PostHolder>();
    public DbSet<CashDeskHours> CashDeskHours => Set<CashDeskHours>();
    public DbSet<DirectorySnapshot> DirectorySnapshots => Set<DirectorySnapshot>();
    public DbSet<PrintedItem> PrintedItems => Set<PrintedItem>();
    public DbSet<ReprintNotice> ReprintNotices => Set<ReprintNotice>();
}
