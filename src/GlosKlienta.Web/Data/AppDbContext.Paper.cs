using GlosKlienta.Web.Features.Paper;
using Microsoft.EntityFrameworkCore;

namespace GlosKlienta.Web.Data;

public partial class AppDbContext
{
    public DbSet<SurveyBox> SurveyBoxes => Set<SurveyBox>();
    public DbSet<BoxOpening> BoxOpenings => Set<BoxOpening>();
    public DbSet<PaperEntry> PaperEntries => Set<PaperEntry>();
}
