using Microsoft.AspNetCore.WebUtilities;

namespace GlosKlienta.Web.Features.Audit;

/// <summary>
/// Reads the audit log: newest first, filtered by a plain GET form, a hundred entries a page.
/// Read only: the page has no form that posts. Reading is not itself audited: the readers are
/// few and named by role, and an entry per page view would bury the events that matter.
/// </summary>
[Authorize(Policy = Policies.AuditRead)]
public sealed class IndexModel(AppDbContext db, OfficeProfileProvider office, IStringLocalizer<SharedResource> text) : PageModel
{
    public const int PageSize = 100;

    [BindProperty(SupportsGet = true, Name = "od")] public string? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "do")] public string? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "kto")] public string? Actor { get; set; }
    [BindProperty(SupportsGet = true, Name = "akcja")] public string? Action { get; set; }
    [BindProperty(SupportsGet = true, Name = "typ")] public string? SubjectType { get; set; }
    [BindProperty(SupportsGet = true, Name = "id")] public string? SubjectId { get; set; }
    [BindProperty(SupportsGet = true, Name = "strona")] public int PageNumber { get; set; } = 1;

    public sealed record Row(long Id, DateTimeOffset LocalAt, string Actor, string Action, string ActionLabel, string? SubjectType, string? SubjectLabel, string? SubjectId, string? SubjectName, string? Details);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public IReadOnlyList<(string Code, string Label)> ActionChoices { get; private set; } = [];
    public IReadOnlyList<(string Code, string Label)> SubjectChoices { get; private set; } = [];
    public FormErrors Errors { get; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var zone = (await office.GetAsync(cancellationToken)).TimeZone;
        var from = ParseDate(From, "od", text["Audit.Error.From"]);
        var to = ParseDate(To, "do", text["Audit.Error.To"]);
        if (from is not null && to is not null && from > to) Errors.Add("do", text["Audit.Error.ToBeforeFrom"]);
        ActionChoices = await ActionChoicesAsync(cancellationToken);
        SubjectChoices = await SubjectChoicesAsync(cancellationToken);
        if (Errors.Any) return;

        IQueryable<AuditEntry> query = db.AuditEntries;
        if (from is not null || to is not null)
        {
            // Dates are the office's calendar days; the log stores UTC instants. EF Core cannot
            // translate DateTimeOffset comparisons for SQLite, so the range is plain SQL that both
            // databases understand: PostgreSQL compares timestamptz, SQLite compares the stored
            // text, which is ordered because AuditLog writes every instant in UTC.
            var fromUtc = from is { } f ? StartOfDayUtc(f, zone) : new DateTimeOffset(1900, 1, 1, 0, 0, 0, TimeSpan.Zero);
            var beforeUtc = to is { } t ? StartOfDayUtc(t.AddDays(1), zone) : new DateTimeOffset(9999, 1, 1, 0, 0, 0, TimeSpan.Zero);
            query = db.AuditEntries.FromSql($"SELECT * FROM \"AuditEntries\" WHERE \"At\" >= {fromUtc} AND \"At\" < {beforeUtc}");
        }
        query = query.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Actor))
        {
            var actor = Actor.Trim().ToLowerInvariant();
            // Runs as SQL lower(...) LIKE: the same on SQLite and PostgreSQL, where a culture-aware comparison cannot be translated.
#pragma warning disable CA1304, CA1311, CA1862
            query = query.Where(e => e.Actor.ToLower().Contains(actor));
#pragma warning restore CA1304, CA1311, CA1862
        }
        if (!string.IsNullOrWhiteSpace(Action))
        {
            var action = Action.Trim();
            query = query.Where(e => e.Action == action);
        }
        if (!string.IsNullOrWhiteSpace(SubjectType))
        {
            var subjectType = SubjectType.Trim();
            query = query.Where(e => e.SubjectType == subjectType);
        }
        if (!string.IsNullOrWhiteSpace(SubjectId))
        {
            var subjectId = SubjectId.Trim();
            query = query.Where(e => e.SubjectId == subjectId);
        }

        Total = await query.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        // Entries are only ever appended, so the key orders them as time does (and is indexed on both databases).
        var entries = await query.OrderByDescending(e => e.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);

        var staffIds = entries.Where(e => e.SubjectType == AuditActions.StaffUserSubject && e.SubjectId is not null).Select(e => e.SubjectId!).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => staffIds.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName, u.Email }).ToDictionaryAsync(u => u.Id, u => $"{u.DisplayName} ({u.Email})", cancellationToken);
        Rows = entries.Select(e => new Row(
            e.Id, TimeZoneInfo.ConvertTime(e.At, zone), e.Actor, e.Action, AuditActions.Label(text, e.Action),
            e.SubjectType, e.SubjectType is null ? null : AuditActions.SubjectLabel(text, e.SubjectType), e.SubjectId,
            e.SubjectType == AuditActions.StaffUserSubject && e.SubjectId is not null ? names.GetValueOrDefault(e.SubjectId) : null,
            e.Details)).ToList();
    }

    /// <summary>The address of this page with the current filters and another page number or subject.</summary>
    public string Link(int? page = null, string? subjectType = null, string? subjectId = null)
    {
        var query = new Dictionary<string, string?>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) query[key] = value;
        }
        if (subjectType is not null)
        {
            Add("typ", subjectType);
            Add("id", subjectId);
            return QueryHelpers.AddQueryString("/personel/dziennik", query);
        }
        Add("od", From);
        Add("do", To);
        Add("kto", Actor);
        Add("akcja", Action);
        Add("typ", SubjectType);
        Add("id", SubjectId);
        if (page is > 1) query["strona"] = page.Value.ToString(CultureInfo.InvariantCulture);
        return QueryHelpers.AddQueryString("/personel/dziennik", query);
    }

    private static DateTimeOffset StartOfDayUtc(DateOnly day, TimeZoneInfo zone) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), zone), TimeSpan.Zero);

    private DateOnly? ParseDate(string? value, string field, string message)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        Errors.Add(field, message);
        return null;
    }

    /// <summary>Every action that has a label, and every action already in the log, by label.</summary>
    private async Task<IReadOnlyList<(string Code, string Label)>> ActionChoicesAsync(CancellationToken cancellationToken)
    {
        const string prefix = "Audit.Action.";
        var labelled = text.GetAllStrings(includeParentCultures: true)
            .Where(s => s.Name.StartsWith(prefix, StringComparison.Ordinal))
            .Select(s => s.Name[prefix.Length..]);
        var logged = await db.AuditEntries.AsNoTracking().Select(e => e.Action).Distinct().ToListAsync(cancellationToken);
        return labelled.Concat(logged).Distinct(StringComparer.Ordinal)
            .Select(code => (code, AuditActions.Label(text, code)))
            .OrderBy(c => c.Item2, StringComparer.Create(CultureInfo.GetCultureInfo("pl-PL"), ignoreCase: true))
            .ToList();
    }

    /// <summary>Every kind of record that has a label or is already in the log, by label.</summary>
    private async Task<IReadOnlyList<(string Code, string Label)>> SubjectChoicesAsync(CancellationToken cancellationToken)
    {
        var labelled = text.GetAllStrings(includeParentCultures: true)
            .Where(s => s.Name.StartsWith(AuditActions.SubjectKindPrefix, StringComparison.Ordinal))
            .Select(s => s.Name[AuditActions.SubjectKindPrefix.Length..]);
        var logged = await db.AuditEntries.AsNoTracking().Where(e => e.SubjectType != null).Select(e => e.SubjectType!).Distinct().ToListAsync(cancellationToken);
        return labelled.Concat(logged).Distinct(StringComparer.Ordinal)
            .Select(code => (code, AuditActions.SubjectLabel(text, code)))
            .OrderBy(c => c.Item2, StringComparer.Create(CultureInfo.GetCultureInfo("pl-PL"), ignoreCase: true))
            .ToList();
    }
}
