using GlosKlienta.Domain.Survey;
using GlosKlienta.Web.Features.Paper;

namespace GlosKlienta.Web.Features.Survey;

/// <summary>
/// One anonymous response. It holds no identity and no address: the survey version, the channel,
/// the office-local date and the answers. <see cref="SubmissionKey"/> is a random value the form
/// carried, kept only so a repeated submission of the same form stores nothing twice.
/// </summary>
public sealed class SurveyResponse
{
    public long Id { get; set; }
    public int SurveyVersionId { get; set; }
    public Channel Channel { get; set; }
    public DateOnly ReceivedOn { get; set; }
    public Guid? SubmissionKey { get; set; }
    /// <summary>The chosen options in the compact form of <see cref="StoredChoices"/>.</summary>
    public required string Choices { get; set; }
    /// <summary>Paper only: answer keys (question or question.item) that were marked but could not be read, comma-separated.</summary>
    public string? Unreadable { get; set; }
    /// <summary>Paper only: the box opening (batch) the form came from, and its number within it.</summary>
    public int? BoxOpeningId { get; set; }
    public int? FormNumber { get; set; }
    /// <summary>Kiosk only: the registered device that took the answers (a place in the hall, never a person).</summary>
    public int? KioskId { get; set; }
    public List<SurveyResponseText> Texts { get; set; } = [];

    /// <summary>
    /// The one way a response row is made, whatever brought it (the web form, the kiosk, a keyed
    /// paper form, a raw-data import): the choices in their stored form (<see cref="StoredChoices"/>)
    /// and every free text as its own row.
    /// </summary>
    public static SurveyResponse From(int versionId, Channel channel, DateOnly receivedOn, ResponseAnswers answers,
        Guid? submissionKey = null, string? unreadable = null, int? boxOpeningId = null, int? formNumber = null, long id = 0, int? kioskId = null)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return new SurveyResponse
        {
            Id = id,
            SurveyVersionId = versionId,
            Channel = channel,
            ReceivedOn = receivedOn,
            SubmissionKey = submissionKey,
            Choices = StoredChoices.Encode(answers.Choices),
            Unreadable = unreadable,
            BoxOpeningId = boxOpeningId,
            FormNumber = formNumber,
            KioskId = kioskId,
            Texts = answers.Texts.Select(t => new SurveyResponseText { QuestionCode = t.Key, Text = t.Value }).ToList(),
        };
    }
}

/// <summary>How <see cref="SurveyResponse"/> is stored.</summary>
public sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> builder)
    {
        builder.HasIndex(x => x.SubmissionKey).IsUnique();
        builder.HasIndex(x => x.ReceivedOn);
        builder.HasOne<SurveyVersion>().WithMany().HasForeignKey(x => x.SurveyVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Texts).WithOne().HasForeignKey(t => t.SurveyResponseId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(x => x.Choices).HasMaxLength(4000);
        builder.Property(x => x.Unreadable).HasMaxLength(1000);
        builder.HasIndex(x => new { x.BoxOpeningId, x.FormNumber }).IsUnique();
        builder.HasOne<BoxOpening>().WithMany().HasForeignKey(x => x.BoxOpeningId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<GlosKlienta.Web.Features.Kiosks.Kiosk>().WithMany().HasForeignKey(x => x.KioskId).OnDelete(DeleteBehavior.Restrict);
    }
}
