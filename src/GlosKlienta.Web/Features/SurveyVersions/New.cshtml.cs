using GlosKlienta.Domain.Survey;
using GlosKlienta.Web.Features.Directory;
using GlosKlienta.Web.Features.Survey;

namespace GlosKlienta.Web.Features.SurveyVersions;

/// <summary>
/// Starts a new draft as a copy of an approved version (the live one unless another is chosen),
/// optionally with the organisational-unit question refreshed from the office's current list of units.
/// </summary>
[Authorize(Policy = Policies.SurveyDesign)]
public sealed class NewModel(
    AppDbContext db,
    AuditLog audit,
    OfficeProfileProvider office,
    TimeProvider time,
    UserManager<StaffUser> users,
    IStringLocalizer<SharedResource> text,
    ILogger<NewModel> logger) : PageModel
{
    public const string BaseField = "BaseId";
    public const string RefreshField = "RefreshUnits";

    public sealed record Choice(SurveyVersion Version, LiveState State);

    public IReadOnlyList<Choice> Approved { get; private set; } = [];
    public IReadOnlyList<SurveyVersion> OpenDrafts { get; private set; } = [];
    public IReadOnlyList<OrganisationalUnit> ActiveUnits { get; private set; } = [];
    /// <summary>The units question of the chosen version, and whether its options already match the office's list.</summary>
    public Question? UnitsQuestion { get; private set; }
    public bool UnitsUpToDate { get; private set; }
    public string? Problem { get; private set; }

    [BindProperty(SupportsGet = true, Name = "z")] public int? BaseId { get; set; }
    [BindProperty] public bool RefreshUnits { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var basis = Approved.FirstOrDefault(c => c.Version.Id == BaseId)?.Version;
        if (basis is null)
        {
            Problem = text["Versions.New.BaseMissing"];
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var definition = SurveyDefinition.FromJson(basis.Definition);
        var refreshed = false;
        if (RefreshUnits && UnitsQuestionOf(definition) is { } units)
        {
            definition = SurveyEditing.RefreshUnits(definition, units.Code, UnitOptions(), await AllUnitCodesAsync(cancellationToken));
            refreshed = true;
        }
        var author = await users.GetUserAsync(User);

        // The number is the next free one; should another draft take it at the same moment, the unique index refuses and the next is tried.
        for (var attempt = 1; ; attempt++)
        {
            var number = (await db.SurveyVersions.MaxAsync(v => (int?)v.Number, cancellationToken) ?? 0) + 1;
            var version = new SurveyVersion
            {
                Number = number,
                Status = SurveyVersionStatus.Draft,
                Definition = definition.ToJson(),
                CreatedAt = time.GetUtcNow(),
                BasedOnVersionId = basis.Id,
                CreatedById = Versions.UserId(User),
                CreatedBy = author?.DisplayName ?? User.Identity?.Name,
            };
            try
            {
                // The audit entry names the new row by its id, which exists only once the row is written: both in one transaction.
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                db.SurveyVersions.Add(version);
                await db.SaveChangesAsync(cancellationToken);
                audit.Record(Versions.Created, Versions.SubjectType, version.Id.ToString(CultureInfo.InvariantCulture),
                    new { number, basedOn = basis.Number, unitsRefreshed = refreshed });
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return Redirect(Versions.DetailsPath(version.Id) + "/edycja");
            }
            catch (DbUpdateException ex) when (attempt < 3)
            {
                logger.LogWarning(ex, "Survey version number {Number} was taken meanwhile; trying the next", number);
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var today = (await office.GetAsync(cancellationToken)).Today(time);
        var versions = await db.SurveyVersions.AsNoTracking().OrderByDescending(v => v.Number).ToListAsync(cancellationToken);
        var liveId = Versions.LiveId(versions, today);
        Approved = versions.Where(v => v.Status == SurveyVersionStatus.Approved)
            .Select(v => new Choice(v, Versions.StateOf(v, liveId, today))).ToList();
        OpenDrafts = versions.Where(v => v.Status != SurveyVersionStatus.Approved).ToList();
        if (BaseId is null || Approved.All(c => c.Version.Id != BaseId)) BaseId = liveId ?? (Approved.Count > 0 ? Approved[0].Version.Id : null);

        ActiveUnits = await db.OrganisationalUnits.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.SortOrder).ThenBy(u => u.Id).ToListAsync(cancellationToken);
        allUnitCodes = await AllUnitCodesAsync(cancellationToken);
        var chosen = Approved.FirstOrDefault(c => c.Version.Id == BaseId)?.Version;
        if (chosen is not null)
        {
            UnitsQuestion = UnitsQuestionOf(SurveyDefinition.FromJson(chosen.Definition));
            UnitsUpToDate = UnitsQuestion is not null
                && SurveyEditing.RefreshUnits(new SurveyDefinition { Title = "", ThankYou = "", Questions = [UnitsQuestion] }, UnitsQuestion.Code, UnitOptions(), allUnitCodes)
                    .Questions[0].Options.SequenceEqual(UnitsQuestion.Options);
        }
    }

    private IReadOnlyList<string> allUnitCodes = [];

    private Question? UnitsQuestionOf(SurveyDefinition definition) => SurveyEditing.FindUnitsQuestion(definition, allUnitCodes);

    private List<AnswerOption> UnitOptions() => ActiveUnits.Select(u => new AnswerOption { Code = u.Code, Text = u.Name }).ToList();

    private async Task<IReadOnlyList<string>> AllUnitCodesAsync(CancellationToken cancellationToken) =>
        await db.OrganisationalUnits.AsNoTracking().Select(u => u.Code).ToListAsync(cancellationToken);
}
