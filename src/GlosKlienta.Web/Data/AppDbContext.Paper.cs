using GlosKlienta.Web.Features.Paper;

namespace GlosKlienta.Web.Data;

public partial class AppDbContext
{
    public DbSet<SurveyBox> SurveyBoxes => Set<SurveyBox>();
    public DbSet<BoxOpening> BoxOpenings => Set<BoxOpening>();
    public DbSet<PaperEntry> PaperEntries => Set<PaperEntry>();
    public DbSet<BoxOpeningNotice> BoxOpeningNotices => Set<BoxOpeningNotice>();
    public DbSet<PrintRun> PrintRuns => Set<PrintRun>();
    public DbSet<ScanBatch> ScanBatches => Set<ScanBatch>();
    public DbSet<ScannedForm> ScannedForms => Set<ScannedForm>();
    public DbSet<ScanQueueItem> ScanQueueItems => Set<ScanQueueItem>();
    public DbSet<SurveyResponseImage> SurveyResponseImages => Set<SurveyResponseImage>();
}
