using GlosKlienta.Domain.Survey;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using GlosKlienta.Web.Features.Paper;

namespace GlosKlienta.Web.Features.Survey;

/// <summary>One version of the F1 survey; its definition (questions, options, texts, rules) is JSON of <see cref="SurveyDefinition"/>.</summary>
public sealed class SurveyVersion
{
    public int Id { get; set; }
    public int Number { get; set; }
    public SurveyVersionStatus Status { get; set; }
    public required string Definition { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>The version this draft was made from; comparability is judged against it.</summary>
    public int? BasedOnVersionId { get; set; }
    public string? CreatedById { get; set; }
    public string? CreatedBy { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    /// <summary>Who approved (or returned) the version, by name at the time: the record stays readable if the account goes.</summary>
    public string? ApprovedBy { get; set; }
    public string? ApprovedById { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }
    /// <summary>The approver's comment when returning a version to its author.</summary>
    public string? ReturnComment { get; set; }
    public DateTimeOffset? ReturnedAt { get; set; }
    /// <summary>The office-local date from which an approved version is the one citizens see.</summary>
    public DateOnly? LiveFrom { get; set; }
    /// <summary>JSON list of the answers that cannot be compared with the version this one is based on (removed option, changed scale, ...).</summary>
    public string? Incomparable { get; set; }
}

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
    public List<SurveyResponseText> Texts { get; set; } = [];

    /// <summary>
    /// The one way a response row is made, whatever brought it (the web form, the kiosk, a keyed
    /// paper form, a raw-data import): the choices in their stored form (<see cref="StoredChoices"/>)
    /// and every free text as its own row.
    /// </summary>
    public static SurveyResponse From(int versionId, Channel channel, DateOnly receivedOn, ResponseAnswers answers,
        Guid? submissionKey = null, string? unreadable = null, int? boxOpeningId = null, int? formNumber = null, long id = 0)
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
            Texts = answers.Texts.Select(t => new SurveyResponseText { QuestionCode = t.Key, Text = t.Value }).ToList(),
        };
    }
}

/// <summary>A free-text answer, kept apart from the choices so it can be reviewed or redacted on its own.</summary>
public sealed class SurveyResponseText
{
    public long Id { get; set; }
    public long SurveyResponseId { get; set; }
    public required string QuestionCode { get; set; }
    public required string Text { get; set; }
}

/// <summary>How <see cref="SurveyVersion"/> is stored.</summary>
public sealed class SurveyVersionConfiguration : IEntityTypeConfiguration<SurveyVersion>
{
    public void Configure(EntityTypeBuilder<SurveyVersion> builder)
    {
        builder.HasIndex(x => x.Number).IsUnique();
        builder.Property(x => x.ApprovedBy).HasMaxLength(200);
        builder.Property(x => x.ApprovedById).HasMaxLength(450);
        builder.Property(x => x.CreatedBy).HasMaxLength(200);
        builder.Property(x => x.CreatedById).HasMaxLength(450);
        builder.Property(x => x.ReturnComment).HasMaxLength(4000);
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
    }
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
