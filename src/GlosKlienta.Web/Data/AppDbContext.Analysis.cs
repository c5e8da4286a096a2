using GlosKlienta.Web.Features.Analysis;

namespace GlosKlienta.Web.Data;

public partial class AppDbContext
{
    public DbSet<F2Draft> F2Drafts => Set<F2Draft>();
    public DbSet<F2Protocol> F2Protocols => Set<F2Protocol>();
    public DbSet<JudgedArea> JudgedAreas => Set<JudgedArea>();
    public DbSet<RemarkCategory> RemarkCategories => Set<RemarkCategory>();
    public DbSet<RemarkReview> RemarkReviews => Set<RemarkReview>();
}
