using GlosKlienta.Domain.Survey;
using Microsoft.Extensions.Primitives;
using GlosKlienta.Web.Features.Survey;

namespace GlosKlienta.Web.Features.SurveyVersions;

/// <summary>
/// The Pełnomocnik ds. SZJ edits a draft (or a returned version): every text a citizen reads,
/// options and items retired or added. Codes of existing answers never change, so stored
/// answers keep their meaning; new ones get codes made from their text. A save with problems
/// stores nothing and shows the form again with everything typed still in it.
/// </summary>
[Authorize(Policy = Policies.SurveyDesign)]
public sealed class EditModel(AppDbContext db, AuditLog audit, IStringLocalizer<SharedResource> text) : PageModel
{
    public SurveyVersion Version { get; private set; } = null!;
    /// <summary>The stored definition: the form is drawn from it, with posted values over it after a failed save.</summary>
    public SurveyDefinition Definition { get; private set; } = null!;
    public IReadOnlyList<(string Field, string Message)> Errors { get; private set; } = [];
    /// <summary>Why the version cannot be edited (awaiting approval, approved), or null.</summary>
    public string? Locked { get; private set; }
    public string? UnitsQuestion { get; private set; }
    public int ActiveUnitCount { get; private set; }

    private IFormCollection? posted;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        if (Locked is not null) Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        posted = Request.Form;
        if (Locked is not null)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        var next = SurveyEditing.Apply(Definition, ReadEdit());
        if (UnitsQuestion is not null && posted[ProblemText.RefreshUnitsField] == UnitsQuestion)
        {
            var units = await db.OrganisationalUnits.AsNoTracking().OrderBy(u => u.SortOrder).ThenBy(u => u.Id).ToListAsync(cancellationToken);
            next = SurveyEditing.RefreshUnits(next, UnitsQuestion,
                units.Where(u => u.IsActive).Select(u => new AnswerOption { Code = u.Code, Text = u.Name }).ToList(),
                units.Select(u => u.Code));
        }

        Errors = ProblemText.Describe(text, next, Definition);
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var changes = SurveyComparison.Compare(Definition, next);
        var textsChanged = next.Title != Definition.Title || next.Intro != Definition.Intro || next.ThankYou != Definition.ThankYou;
        if (changes.Count == 0 && !textsChanged) return Redirect(Versions.DetailsPath(id) + "?stan=zapisana");

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await Versions.ClaimAsync(db, id, [SurveyVersionStatus.Draft, SurveyVersionStatus.Returned], cancellationToken))
        {
            Locked = text["Versions.Error.ChangedMeanwhile"];
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        Version.Definition = next.ToJson();
        audit.Record(Versions.Edited, Versions.SubjectType, id.ToString(CultureInfo.InvariantCulture), new
        {
            number = Version.Number,
            texts = textsChanged,
            changes = changes.Select(c => new { question = c.QuestionCode, code = c.Code, kind = c.Kind.ToString() }),
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Redirect(Versions.DetailsPath(id) + "?stan=zapisana");
    }

    /// <summary>What was typed into a field after a failed save, else <paramref name="current"/>.</summary>
    public string Value(string field, string? current) =>
        posted is not null && posted.TryGetValue(field, out var v) ? v.ToString() : current ?? "";

    public bool IsChecked(string field, string value) =>
        posted is not null && posted.TryGetValue(field, out var v) && v.Contains(value);

    public string? ErrorFor(string field) => Errors.Where(e => e.Field == field).Select(e => e.Message).FirstOrDefault();

    /// <summary>The edit as posted. A field left out of the form keeps its value; a field sent empty is empty.</summary>
    private DraftEdit ReadEdit()
    {
        var form = posted!;
        string? One(string field) => form.TryGetValue(field, out var v) ? v.ToString() : null;
        IReadOnlyList<string> Lines(string field) =>
            form.TryGetValue(field, out var v) ? v.SelectMany(s => (s ?? "").Split('\n')).Select(s => s.Trim()).Where(s => s.Length > 0).ToList() : [];
        IReadOnlyCollection<string> Values(StringValues values) => values.OfType<string>().ToList();

        var questions = new Dictionary<string, QuestionEdit>(StringComparer.Ordinal);
        foreach (var q in Definition.Questions)
        {
            questions[q.Code] = new QuestionEdit
            {
                Text = One(ProblemText.QuestionTextField(q.Code)),
                Hint = One(ProblemText.HintField(q.Code)),
                TextLabel = One(ProblemText.LabelField(q.Code)),
                OptionTexts = q.Options.Where(o => form.ContainsKey(ProblemText.OptionField(q.Code, o.Code)))
                    .ToDictionary(o => o.Code, o => form[ProblemText.OptionField(q.Code, o.Code)].ToString(), StringComparer.Ordinal),
                ItemTexts = q.Items.Where(i => form.ContainsKey(ProblemText.ItemField(q.Code, i.Code)))
                    .ToDictionary(i => i.Code, i => form[ProblemText.ItemField(q.Code, i.Code)].ToString(), StringComparer.Ordinal),
                RetiredOptions = Values(form[ProblemText.RetireOptionsField(q.Code)]),
                RetiredItems = Values(form[ProblemText.RetireItemsField(q.Code)]),
                NewOptions = Lines(ProblemText.NewOptionsField(q.Code)),
                NewItems = Lines(ProblemText.NewItemsField(q.Code)),
            };
        }
        return new DraftEdit
        {
            Title = One(ProblemText.TitleField),
            Intro = One(ProblemText.IntroField),
            ThankYou = One(ProblemText.ThankYouField),
            Questions = questions,
        };
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var version = await db.SurveyVersions.FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (version is null) return false;
        Version = version;
        Definition = SurveyDefinition.FromJson(version.Definition);
        Locked = version.Status switch
        {
            SurveyVersionStatus.Draft or SurveyVersionStatus.Returned => null,
            SurveyVersionStatus.AwaitingApproval => text["Versions.Edit.LockedAwaiting"].Value,
            SurveyVersionStatus.Approved => text["Versions.Edit.LockedApproved"].Value,
        };
        var units = await db.OrganisationalUnits.AsNoTracking().Select(u => new { u.Code, u.IsActive }).ToListAsync(cancellationToken);
        UnitsQuestion = SurveyEditing.FindUnitsQuestion(Definition, units.Select(u => u.Code))?.Code;
        ActiveUnitCount = units.Count(u => u.IsActive);
        return true;
    }
}
