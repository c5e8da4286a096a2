using GlosKlienta.Domain.Reception;
using GlosKlienta.Domain.Staff;

namespace GlosKlienta.Web.Features.Reception;

/// <summary>
/// The Burmistrz's and the deputy's reception hours on complaints and requests (art. 253 KPA). The whole
/// week is edited at once and saved only when it meets the statute; otherwise it comes back as typed.
/// </summary>
[Authorize(Policy = Policies.ReceptionHours)]
public sealed class EditModel(AppDbContext db, AuditLog audit, IStringLocalizer<SharedResource> text, OfficeProfileProvider office, TimeProvider time) : PageModel
{
    /// <summary>How far ahead the page lists weeks whose receptions fall on a public holiday.</summary>
    public const int MonthsAhead = 12;

    /// <summary>A substitute reception for a week with a public holiday (art. 253 § 2 and § 3 KPA).</summary>
    public sealed class SubstituteInput
    {
        public string? Date { get; set; }
        public string? Official { get; set; }
        public string? From { get; set; }
        public string? To { get; set; }
        public int? BuildingId { get; set; }
        public string? Place { get; set; }
    }

    public SubstituteInput Substitute { get; private set; } = new();
    public IReadOnlyList<WeekShortfall> Shortfalls { get; private set; } = [];
    public IReadOnlyList<SubstituteReception> Substitutes { get; private set; } = [];

    /// <summary>Empty rows offered for new slots.</summary>
    public const int BlankRows = 3;

    public sealed class SlotInput
    {
        public string? Official { get; set; }
        public string? Name { get; set; }
        public string? Day { get; set; }
        public string? From { get; set; }
        public string? To { get; set; }
        public int? BuildingId { get; set; }
        public string? Place { get; set; }
        public string? Notes { get; set; }
        public bool Remove { get; set; }

        public bool IsBlank =>
            string.IsNullOrWhiteSpace(Official) && string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Day)
            && string.IsNullOrWhiteSpace(From) && string.IsNullOrWhiteSpace(To) && string.IsNullOrWhiteSpace(Place) && string.IsNullOrWhiteSpace(Notes);
    }

    [BindProperty] public List<SlotInput> Slots { get; set; } = [];

    public IReadOnlyList<(int Id, string Name)> Buildings { get; private set; } = [];
    public FormErrors Errors { get; } = new();
    [FromQuery(Name = "zapisano")] public bool Saved { get; set; }

    public static string FieldId(int row, string field) => $"s{row}-{field}";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadBuildingsAsync(cancellationToken);
        await LoadSlotsAsync(cancellationToken);
        await LoadSubstitutesAsync(cancellationToken);
    }

    private async Task LoadSlotsAsync(CancellationToken cancellationToken)
    {
        var rows = await db.ReceptionHours.AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken);
        Slots = rows
            .OrderBy(r => ReceptionSchedule.Officials.ToList().IndexOf(r.OfficialRole)).ThenBy(r => ReceptionTimetable.DayOrder(r.Day)).ThenBy(r => r.From)
            .Select(r => new SlotInput
            {
                Official = r.OfficialRole,
                Name = r.OfficialName,
                Day = r.Day.ToString(),
                From = r.From.ToString("HH:mm", CultureInfo.InvariantCulture),
                To = r.To.ToString("HH:mm", CultureInfo.InvariantCulture),
                BuildingId = r.BuildingId,
                Place = r.Place,
                Notes = r.Notes,
            }).ToList();
        Slots.AddRange(Enumerable.Range(0, BlankRows).Select(_ => new SlotInput()));
    }

    /// <summary>Adds a substitute reception; the weekly slots are not touched.</summary>
    public async Task<IActionResult> OnPostSubstituteAsync(SubstituteInput substitute, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(substitute);
        await LoadBuildingsAsync(cancellationToken);
        Substitute = substitute;
        var today = (await office.GetAsync(cancellationToken)).Today(time);
        DateOnly? date = DateOnly.TryParseExact((substitute.Date ?? "").Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        if (date is null) Errors.Add("zastepcze-data", text["Reception.Error.SubstituteDate"]);
        else if (date < today) Errors.Add("zastepcze-data", text["Reception.Error.SubstitutePast"]);
        var official = (substitute.Official ?? "").Trim();
        if (!ReceptionSchedule.Officials.Contains(official)) Errors.Add("zastepcze-kto", text["Reception.Error.SubstituteOfficial"]);
        var from = ParseTime(substitute.From);
        if (from is null) Errors.Add("zastepcze-od", text["Reception.Error.SubstituteFrom"]);
        var to = ParseTime(substitute.To);
        if (to is null) Errors.Add("zastepcze-do", text["Reception.Error.SubstituteTo"]);
        else if (from is not null && to <= from) Errors.Add("zastepcze-do", text["Reception.Error.SubstituteEndsBeforeStart"]);
        if (substitute.BuildingId is { } b && Buildings.All(x => x.Id != b)) Errors.Add("zastepcze-budynek", text["Reception.Error.SubstituteBuilding"]);
        var place = (substitute.Place ?? "").Trim();
        if (place.Length > 200) Errors.Add("zastepcze-miejsce", text["Reception.Error.SubstitutePlaceTooLong", 200]);
        if (Errors.Any)
        {
            await LoadSlotsAsync(cancellationToken);
            await LoadSubstitutesAsync(cancellationToken);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        db.SubstituteReceptions.Add(new SubstituteReception { Date = date!.Value, OfficialRole = official, From = from!.Value, To = to!.Value, BuildingId = substitute.BuildingId, Place = Blank(place) });
        audit.Record(ReceptionAudit.SubstituteAdded, ReceptionAudit.SubjectType, null, new { Date = date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Official = official, From = from.Value.ToString("HH:mm", CultureInfo.InvariantCulture), To = to.Value.ToString("HH:mm", CultureInfo.InvariantCulture) });
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(null, null, new { zapisano = true }, "zastepcze");
    }

    public async Task<IActionResult> OnPostRemoveSubstituteAsync(int id, CancellationToken cancellationToken)
    {
        var row = await db.SubstituteReceptions.FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (row is null) return NotFound();
        db.SubstituteReceptions.Remove(row);
        audit.Record(ReceptionAudit.SubstituteRemoved, ReceptionAudit.SubjectType, null, new { Date = row.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Official = row.OfficialRole });
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(null, null, new { zapisano = true }, "zastepcze");
    }

    private async Task LoadSubstitutesAsync(CancellationToken cancellationToken)
    {
        var today = (await office.GetAsync(cancellationToken)).Today(time);
        Substitutes = await ReceptionTimetable.SubstitutesAsync(db, today, cancellationToken);
        Shortfalls = await ReceptionTimetable.ShortfallsAsync(db, today, today.AddMonths(MonthsAhead), cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadBuildingsAsync(cancellationToken);
        var parsed = new List<(int Row, ReceptionHours Hours)>();
        for (var i = 0; i < Slots.Count; i++)
        {
            var s = Slots[i];
            if (s.Remove || s.IsBlank) continue;
            var row = i + 1;
            var official = (s.Official ?? "").Trim();
            if (!ReceptionSchedule.Officials.Contains(official)) Errors.Add(FieldId(i, "kto"), text["Reception.Error.Official", row]);
            var dayOk = EnumNames.TryParse<DayOfWeek>(s.Day, out var day);
            if (!dayOk) Errors.Add(FieldId(i, "dzien"), text["Reception.Error.Day", row]);
            var from = ParseTime(s.From);
            if (from is null) Errors.Add(FieldId(i, "od"), text["Reception.Error.From", row]);
            var to = ParseTime(s.To);
            if (to is null) Errors.Add(FieldId(i, "do"), text["Reception.Error.To", row]);
            if (s.BuildingId is { } b && Buildings.All(x => x.Id != b)) Errors.Add(FieldId(i, "budynek"), text["Reception.Error.Building", row]);
            if ((s.Name ?? "").Trim().Length > 200) Errors.Add(FieldId(i, "nazwisko"), text["Reception.Error.TooLong", row, 200]);
            if ((s.Place ?? "").Trim().Length > 200) Errors.Add(FieldId(i, "miejsce"), text["Reception.Error.TooLong", row, 200]);
            if ((s.Notes ?? "").Trim().Length > 1000) Errors.Add(FieldId(i, "uwagi"), text["Reception.Error.TooLong", row, 1000]);
            if (from is null || to is null || !dayOk) continue;
            parsed.Add((i, new ReceptionHours
            {
                OfficialRole = official,
                OfficialName = Blank((s.Name ?? "").Trim()),
                Day = day,
                From = from.Value,
                To = to.Value,
                BuildingId = s.BuildingId,
                Place = Blank((s.Place ?? "").Trim()),
                Notes = Blank((s.Notes ?? "").Trim()),
            }));
        }

        if (!Errors.Any)
        {
            var (hours, main) = await ReceptionTimetable.WorkingHoursAsync(db, cancellationToken);
            var slots = parsed.Select(p => new ReceptionSlot(p.Hours.OfficialRole, p.Hours.Day, p.Hours.From, p.Hours.To, p.Hours.BuildingId)).ToList();
            foreach (var problem in ReceptionSchedule.Check(slots, hours, main))
            {
                var row = problem.SlotIndex is { } idx ? parsed[idx].Row : (int?)null;
                switch (problem.Kind)
                {
                    case ReceptionProblemKind.UnknownOfficial: Errors.Add(FieldId(row!.Value, "kto"), text["Reception.Error.Official", row.Value + 1]); break;
                    case ReceptionProblemKind.EndsBeforeStart: Errors.Add(FieldId(row!.Value, "do"), text["Reception.Error.EndsBeforeStart", row.Value + 1]); break;
                    case ReceptionProblemKind.Overlap: Errors.Add(FieldId(row!.Value, "od"), text["Reception.Error.Overlap", row.Value + 1]); break;
                    case ReceptionProblemKind.NoWeeklyReception: Errors.Add(Slots.Count > 0 ? FieldId(0, "kto") : "", text["Reception.Error.NoWeekly"]); break;
                    case ReceptionProblemKind.NoReceptionAfterWorkingHours: Errors.Add(parsed.Count > 0 ? FieldId(parsed[0].Row, "do") : "", text["Reception.Error.NoAfterHours"]); break;
                    default: throw new InvalidOperationException($"Unknown reception problem {problem.Kind}.");
                }
            }
        }
        if (Errors.Any)
        {
            await LoadSubstitutesAsync(cancellationToken);
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ReceptionHours.RemoveRange(await db.ReceptionHours.ToListAsync(cancellationToken));
        db.ReceptionHours.AddRange(parsed.Select(p => p.Hours));
        audit.Record(ReceptionAudit.HoursChanged, ReceptionAudit.SubjectType, null, new
        {
            Slots = parsed.Select(p => $"{p.Hours.OfficialRole} {p.Hours.Day} {p.Hours.From:HH\\:mm}-{p.Hours.To:HH\\:mm}").ToList(),
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return RedirectToPage(new { zapisano = true });
    }

    public string OfficialLabel(string role) => role == Roles.Burmistrz ? text["Reception.Burmistrz"] : text["Reception.Zastepca"];

    private static string? Blank(string s) => s.Length == 0 ? null : s;

    /// <summary>"15:30", "15.30" or "1530" as typed by people; browsers' time fields send "15:30".</summary>
    public static TimeOnly? ParseTime(string? input)
    {
        var s = (input ?? "").Trim().Replace('.', ':');
        string[] formats = ["H:mm", "HH:mm", "HH:mm:ss", "HHmm"];
        return TimeOnly.TryParseExact(s, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;
    }

    private async Task LoadBuildingsAsync(CancellationToken cancellationToken) =>
        Buildings = (await db.Buildings.AsNoTracking().OrderBy(b => b.SortOrder).Select(b => new { b.Id, b.Name, b.Address }).ToListAsync(cancellationToken))
            .Select(b => (b.Id, $"{b.Name}, {b.Address}")).ToList();
}
