using GlosKlienta.Domain.Survey;
using Microsoft.AspNetCore.Identity;

namespace GlosKlienta.Web.Data;

/// <summary>The office the system serves: one row, seeded on first start, changed as data.</summary>
public sealed class Office
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Locality { get; set; }
    public string? Website { get; set; }
    /// <summary>IANA time zone that decides what "today" is for dates and terms.</summary>
    public required string TimeZone { get; set; }
}

public sealed class Building
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string Address { get; set; }
    /// <summary>Where the box for paper survey forms stands, in words a citizen understands; null when the building has none.</summary>
    public string? BoxLocation { get; set; }
    public bool IsMain { get; set; }
    public int SortOrder { get; set; }
    public List<OfficeHours> Hours { get; set; } = [];
}

public sealed class OrganisationalUnit
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public int SortOrder { get; set; }
    public bool IsActive { get; set; } = true;
}

public sealed class OfficeHours
{
    public int Id { get; set; }
    public int BuildingId { get; set; }
    public Building? Building { get; set; }
    public DayOfWeek Day { get; set; }
    public TimeOnly Opens { get; set; }
    public TimeOnly Closes { get; set; }
}

/// <summary>One version of the F1 survey; its definition (questions, options, texts, rules) is JSON of <see cref="SurveyDefinition"/>.</summary>
public sealed class SurveyVersion
{
    public int Id { get; set; }
    public int Number { get; set; }
    public SurveyVersionStatus Status { get; set; }
    public required string Definition { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? ApprovedBy { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }
    /// <summary>The office-local date from which an approved version is the one citizens see.</summary>
    public DateOnly? LiveFrom { get; set; }
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
    /// <summary>The chosen options in the compact form of <see cref="ResponseAnswers.EncodeChoices"/>.</summary>
    public required string Choices { get; set; }
    public List<SurveyResponseText> Texts { get; set; } = [];
}

/// <summary>A free-text answer, kept apart from the choices so it can be reviewed or redacted on its own.</summary>
public sealed class SurveyResponseText
{
    public long Id { get; set; }
    public long SurveyResponseId { get; set; }
    public required string QuestionCode { get; set; }
    public required string Text { get; set; }
}

public sealed class StaffUser : IdentityUser
{
    public required string DisplayName { get; set; }
}
