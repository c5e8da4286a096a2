using GlosKlienta.Web.Features.Review;

namespace GlosKlienta.Web.Data;

public partial class AppDbContext
{
    public DbSet<ManagementReview> ManagementReviews => Set<ManagementReview>();
    public DbSet<ApprovedReview> ApprovedReviews => Set<ApprovedReview>();
}
