
namespace GlosKlienta.Web.Features.Survey;

/// <summary>A free-text answer, kept apart from the choices so it can be reviewed or redacted on its own.</summary>
public sealed class SurveyResponseText
{
    public long Id { get; set; }
    public long SurveyResponseId { get; set; }
    public required string QuestionCode { get; set; }
    public required string Text { get; set; }
}

/// <summary>How <see cref="SurveyResponseText"/> is stored.</summary>
public sealed class SurveyResponseTextConfiguration : IEntityTypeConfiguration<SurveyResponseText>
{
    public void Configure(EntityTypeBuilder<SurveyResponseText> builder)
    {
        builder.Property(x => x.QuestionCode).HasMaxLength(40);
        builder.Property(x => x.Text).HasMaxLength(10_000);
    }
}
