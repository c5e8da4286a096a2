using GlosKlienta.Web.Features.Survey;

namespace GlosKlienta.Web.Data;

public partial class AppDbContext
{
    public DbSet<SurveyVersion> SurveyVersions => Set<SurveyVersion>();
    public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();
    public DbSet<SurveyResponseText> SurveyResponseTexts => Set<SurveyResponseText>();
}
