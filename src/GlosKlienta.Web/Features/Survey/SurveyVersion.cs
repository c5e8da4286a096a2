using GlosKlienta.Domain.Survey;

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
