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
    /// <summary>The executive body's proper name, e.g. "Burmistrz Miasta i Gminy Lesko": letters and the register use it.</summary>
    public string? ExecutiveName { get; set; }
    /// <summary>The council's proper name, e.g. "Rada Miejska w Lesku" (competent by art. 229 pkt 3 KPA).</summary>
    public string? CouncilName { get; set; }
    /// <summary>The post that signs the council's replies, e.g. "Przewodniczący Rady Miejskiej w Lesku".</summary>
    public string? CouncilChairPost { get; set; }
    /// <summary>IANA time zone that decides what "today" is for dates and terms.</summary>
    public required string TimeZone { get; set; }
}

public sealed class Building
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string Address { get; set; }
    public bool IsMain { get; set; }
    public int SortOrder { get; set; }
    public List<OfficeHours> Hours { get; set; } = [];
    public List<SurveyBox> Boxes { get; set; } = [];
}

/// <summary>A box for filled paper survey forms (procedure row 8). Each opening of it is a batch of forms to key.</summary>
public sealed class SurveyBox
{
    public int Id { get; set; }
    public int BuildingId { get; set; }
    public Building? Building { get; set; }
    public required string Code { get; set; }
    /// <summary>Where the box stands, in words a citizen understands.</summary>
    public required string Location { get; set; }
    public bool IsActive { get; set; } = true;
}

public sealed class OrganisationalUnit
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public int SortOrder { get; set; }
    public bool IsActive { get; set; } = true;
    /// <summary>Referat, samodzielne stanowisko or a unit housed in the building (the directory, Features/Directory).</summary>
    public GlosKlienta.Domain.Directory.UnitKind Kind { get; set; }
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

/// <summary>
/// When the Burmistrz or the deputy receives citizens on complaints and requests (art. 253 KPA).
/// One row per weekly slot; the complaints register validates the set and the notice boards and
/// public pages show it. The single copy of these hours in the system.
/// </summary>
public sealed class ReceptionHours
{
    public int Id { get; set; }
    /// <summary>Whose hours: <see cref="GlosKlienta.Domain.Staff.Roles.Burmistrz"/> or <see cref="GlosKlienta.Domain.Staff.Roles.ZastepcaBurmistrza"/>.</summary>
    public required string OfficialRole { get; set; }
    /// <summary>The official's name as shown to citizens, e.g. "Adam Nowak, Burmistrz Miasta i Gminy Lesko".</summary>
    public string? OfficialName { get; set; }
    public DayOfWeek Day { get; set; }
    public TimeOnly From { get; set; }
    public TimeOnly To { get; set; }
    public int? BuildingId { get; set; }
    public Building? Building { get; set; }
    /// <summary>Room or place, e.g. "pok. 12 (sekretariat)".</summary>
    public string? Place { get; set; }
    public string? Notes { get; set; }
}

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
    /// <summary>The chosen options in the compact form of <see cref="ResponseAnswers.EncodeChoices"/>.</summary>
    public required string Choices { get; set; }
    /// <summary>Paper only: answer keys (question or question.item) that were marked but could not be read, comma-separated.</summary>
    public string? Unreadable { get; set; }
    /// <summary>Paper only: the box opening (batch) the form came from, and its number within it.</summary>
    public int? BoxOpeningId { get; set; }
    public int? FormNumber { get; set; }
    public List<SurveyResponseText> Texts { get; set; } = [];
}

/// <summary>
/// One opening of a survey box: when, by whom, how many forms. The forms of an opening are a
/// batch, numbered 1..FormCount, keyed against one survey version, once or twice (double entry).
/// </summary>
public sealed class BoxOpening
{
    public int Id { get; set; }
    /// <summary>Batches are numbered per year in the order they are recorded: 2026/1, 2026/2, ...</summary>
    public int Year { get; set; }
    public int Number { get; set; }
    public int SurveyBoxId { get; set; }
    public SurveyBox? SurveyBox { get; set; }
    public DateOnly OpenedOn { get; set; }
    public required string OpenedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public string? RecordedById { get; set; }
    public int FormCount { get; set; }
    public int SurveyVersionId { get; set; }
    public bool DoubleEntry { get; set; }
    public string? Notes { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public List<PaperEntry> Entries { get; set; } = [];
}

/// <summary>
/// One keying of one paper form. With double entry each form is keyed twice by different people
/// (pass 1 and 2) and a third look settles any difference (pass 3); the agreed answers become the
/// <see cref="SurveyResponse"/>. A form found empty is recorded as blank and stores no response.
/// </summary>
public sealed class PaperEntry
{
    public long Id { get; set; }
    public int BoxOpeningId { get; set; }
    public int FormNumber { get; set; }
    public int Pass { get; set; }
    public required string KeyedById { get; set; }
    public required string KeyedBy { get; set; }
    public DateTimeOffset KeyedAt { get; set; }
    public bool BlankForm { get; set; }
    public required string Choices { get; set; }
    /// <summary>Free texts as JSON object: question code to text.</summary>
    public required string Texts { get; set; }
    public string? Unreadable { get; set; }
}

/// <summary>
/// Append-only record of who did what, when, to which record. The application only ever adds
/// rows (AppDbContext refuses changes and deletions; the database has triggers that refuse them too).
/// </summary>
public sealed class AuditEntry : IAppendOnly
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string? ActorId { get; set; }
    /// <summary>Name or e-mail of the actor at the time; "system" for the application itself.</summary>
    public required string Actor { get; set; }
    /// <summary>What happened, as a stable code: <c>signin.succeeded</c>, <c>account.roles-changed</c>, <c>survey-version.approved</c>, <c>paper.corrected</c>, ...</summary>
    public required string Action { get; set; }
    public string? SubjectType { get; set; }
    public string? SubjectId { get; set; }
    /// <summary>What changed, readable (JSON where values before and after matter).</summary>
    public string? Details { get; set; }
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
    /// <summary>A disabled account cannot sign in; its history stays.</summary>
    public DateTimeOffset? DisabledAt { get; set; }
}
