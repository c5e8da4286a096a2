using GlosKlienta.Domain.Survey;
using GlosKlienta.Web.Features.Languages;
using GlosKlienta.Web.Features.Survey;

namespace GlosKlienta.Web.Features.SurveyVersions;

/// <summary>
/// The Pełnomocnik ds. SZJ translates a draft into Ukrainian or English: each Polish text beside the field for its
/// translation. What is left empty stays missing: the version can still be approved, but only for Polish, and the
/// approver is told so. Changing a Polish text later drops its translations (<see cref="SurveyTranslations.KeepCurrent"/>).
/// </summary>
[Authorize(Policy = Policies.SurveyDesign)]
public sealed class TranslateModel(AppDbContext db, AuditLog audit, IStringLocalizer<SharedResource> text) : PageModel
{
    public const string FieldPrefix = "t.";

    public SurveyVersion Version { get; private set; } = null!;
    public SurveyDefinition Definition { get; private set; } = null!;
    public SiteLanguage Language { get; private set; } = SiteLanguages.Ukrainian;
    public IReadOnlyList<TranslatableText> Texts { get; private set; } = [];
    public string? Locked { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string lang, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, lang, cancellationToken)) return NotFound();
        if (Locked is not null) Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string lang, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, lang, cancellationToken)) return NotFound();
        if (Locked is not null)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        var posted = Texts.ToDictionary(t => t.Key, t => (string?)Request.Form[FieldPrefix + t.Key].ToString(), StringComparer.Ordinal);
        var next = SurveyTranslations.WithTranslation(Definition, Language.Code, posted);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await Versions.ClaimAsync(db, id, [SurveyVersionStatus.Draft, SurveyVersionStatus.Returned], cancellationToken))
        {
            Locked = text["Versions.Error.ChangedMeanwhile"];
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        Version.Definition = next.ToJson();
        audit.Record(Versions.Translated, Versions.SubjectType, id.ToString(CultureInfo.InvariantCulture), new
        {
            number = Version.Number,
            language = Language.Code,
            missing = SurveyTranslations.Missing(next, Language.Code).Count,
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Redirect(Versions.DetailsPath(id) + "?stan=zapisana");
    }

    /// <summary>The translation as typed after a refused save, else as stored.</summary>
    public string Value(string key) =>
        Request.HasFormContentType && Request.Form.TryGetValue(FieldPrefix + key, out var typed) ? typed.ToString()
        : Definition.Translations is { } all && all.TryGetValue(Language.Code, out var map) && map.TryGetValue(key, out var stored) ? stored : "";

    public static string FieldId(string key) => "tlumaczenie-" + key.Replace('.', '-');

    private async Task<bool> LoadAsync(int id, string lang, CancellationToken cancellationToken)
    {
        if (SiteLanguages.All.Skip(1).FirstOrDefault(l => l.Code == lang) is not { } language) return false;
        var version = await db.SurveyVersions.FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (version is null) return false;
        Version = version;
        Language = language;
        Definition = SurveyDefinition.FromJson(version.Definition);
        Texts = SurveyTranslations.Texts(Definition);
        Locked = version.Status switch
        {
            SurveyVersionStatus.Draft or SurveyVersionStatus.Returned => null,
            SurveyVersionStatus.AwaitingApproval => text["Versions.Edit.LockedAwaiting"].Value,
            SurveyVersionStatus.Approved => text["Versions.Edit.LockedApproved"].Value,
        };
        return true;
    }
}
