using GlosKlienta.Domain.Paper;
using GlosKlienta.Web.Features.Survey;

namespace GlosKlienta.Web.Features.Paper;

/// <summary>
/// The third look at a form whose two passes differ: the answers both passes agree on are filled
/// in, the differing ones are empty with both readings beside them; the Pełnomocnik reads the
/// paper and keys them (pass 3). Pass 3 becomes the response. Someone who keyed pass 1 or 2 cannot settle it.
/// </summary>
[Authorize(Policy = Policies.PaperSupervision)]
public sealed class SettleModel(
    AppDbContext db,
    SurveyCatalog catalog,
    UserManager<StaffUser> users,
    AuditLog audit,
    TimeProvider time,
    IStringLocalizer<SharedResource> text,
    ILogger<SettleModel> logger) : PageModel
{
    private BatchProgress progress = null!;

    public BoxOpening Batch { get; private set; } = null!;
    public PublishedSurvey Version { get; private set; } = null!;
    public int FormNumber { get; private set; }
    public PaperEntry First { get; private set; } = null!;
    public PaperEntry Second { get; private set; } = null!;
    public IReadOnlyList<KeyingDifference> Differences { get; private set; } = [];
    public KeyingFields Fields { get; private set; } = null!;
    public string? Problem { get; private set; }
    public IReadOnlyList<(string Field, string Message)> Summary { get; private set; } = [];
    public bool HasErrors => Problem is not null || Summary.Count > 0;

    public async Task<IActionResult> OnGetAsync(string batch, string form, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(batch, form, tracked: false, cancellationToken);
        if (loaded is not null) return loaded;
        if (IsOwnKeying()) Problem = text["Paper.Error.SettleOwn", FormNumber];

        // What both passes agree on is given; what differs is keyed again from the paper.
        var definition = Version.Definition;
        var agreed = PaperKeying.ToKeyed(definition, PaperData.FormOf(First));
        var differingKeys = Differences.Where(d => d.Part != DifferencePart.Text).Select(d => d.Question.Code).ToHashSet(StringComparer.Ordinal);
        var differingTexts = Differences.Where(d => d.Part == DifferencePart.Text).Select(d => d.Question.Code).ToHashSet(StringComparer.Ordinal);
        var values = new KeyedForm(
            agreed.Keys.Where(k => !differingKeys.Contains(k.Key)).ToDictionary(k => k.Key, k => k.Value, StringComparer.Ordinal),
            agreed.Texts.Where(t => !differingTexts.Contains(t.Key)).ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal));
        var firstDifference = Differences.Count > 0 ? Differences[0] : null;
        Fields = new KeyingFields
        {
            Definition = definition,
            Values = values,
            Differences = DifferencesByQuestion(),
            FocusField = firstDifference is null ? KeyingFields.FirstField(definition)
                : firstDifference.Part == DifferencePart.Text ? Domain.Survey.ResponseValidation.TextField(firstDifference.Question.Code)
                : PaperKeying.KeyField(firstDifference.Question.Code),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string batch, string form, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(batch, form, tracked: true, cancellationToken);
        if (loaded is not null) return loaded;
        var definition = Version.Definition;
        var keyed = KeyingFields.Read(definition, Request.Form);
        var blank = string.Equals(Request.Form[KeyingModel.ActionField], KeyingModel.BlankAction, StringComparison.Ordinal);
        var reading = PaperKeying.Read(definition, keyed);
        var messages = new Dictionary<string, IReadOnlyList<string>>();
        if (IsOwnKeying()) Problem = text["Paper.Error.SettleOwn", FormNumber];
        else if (blank && reading.Status != PaperReadingStatus.Blank) Problem = text["Paper.Error.BlankHasAnswers"];
        else if (!blank && reading.Status == PaperReadingStatus.Blank) Problem = text["Paper.Error.NothingKeyed"];
        else if (reading.Status == PaperReadingStatus.Invalid) messages = KeyingFields.MessagesByField(text, definition, reading.Errors);
        if (Problem is not null || messages.Count > 0) return Invalid(keyed, messages);

        var paper = reading.Form!;
        var now = time.GetUtcNow();
        var userId = users.GetUserId(User)!;
        var name = PaperText.NameOf(await users.GetUserAsync(User), User);
        db.PaperEntries.Add(PaperData.NewEntry(Batch, FormNumber, 3, userId, name, now, paper));
        if (!paper.Blank) db.SurveyResponses.Add(PaperData.NewResponse(Batch, FormNumber, paper));
        audit.Record(PaperAudit.MismatchSettled, PaperAudit.BoxOpeningSubject, Batch.Id.ToString(CultureInfo.InvariantCulture), new
        {
            batch = BatchProgress.Label(Batch),
            form = FormNumber,
            differences = Differences.Select(d => d.AnswerKey).ToList(),
            settled = Differences.Select(d => d.AnswerKey).Distinct().ToDictionary(k => k, k => AnswerOf(paper, k)),
            blank = paper.Blank,
        });
        PaperData.MarkCompleteIfDone(Batch, progress.With(new EntryRow(Batch.Id, FormNumber, 3, userId, name, paper.Blank), !paper.Blank, Batch), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (PaperData.IsUniqueViolation(ex))
        {
            logger.LogInformation("Form {Form} of batch {Batch} was settled by someone else meanwhile", FormNumber, Batch.Id);
            db.ChangeTracker.Clear();
            Problem = text["Paper.Error.Concurrent", FormNumber];
            return Invalid(keyed, messages);
        }
        await PaperData.EnsureCompletedAsync(db, Batch, time, cancellationToken);
        return PaperData.SeeOther(PaperData.DifferencesPath(Batch.Id) + "?rozstrzygnieto=" + FormNumber.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The settled value of one answer key, as keyed ("3", "-", a text), for the audit entry.</summary>
    private string AnswerOf(PaperForm paper, string answerKey)
    {
        var d = Differences.First(x => x.AnswerKey == answerKey);
        return d.Part switch
        {
            DifferencePart.Choice => PaperKeying.ChoiceKeyed(d.Question, paper),
            DifferencePart.Item => PaperKeying.ItemKeyed(d.Question, d.Item!, paper),
            DifferencePart.Text => PaperKeying.TextKeyed(d.Question, paper),
        };
    }

    private bool IsOwnKeying()
    {
        var userId = users.GetUserId(User);
        return First.KeyedById == userId || Second.KeyedById == userId;
    }

    private Dictionary<string, IReadOnlyList<KeyingDifference>> DifferencesByQuestion() =>
        Differences.GroupBy(d => d.Question.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (IReadOnlyList<KeyingDifference>)g.ToList(), StringComparer.Ordinal);

    private PageResult Invalid(KeyedForm keyed, IReadOnlyDictionary<string, IReadOnlyList<string>> messages)
    {
        Summary = KeyingFields.Summary(Version.Definition, messages);
        Fields = new KeyingFields
        {
            Definition = Version.Definition,
            Values = keyed,
            Messages = messages,
            Differences = DifferencesByQuestion(),
            FocusField = Summary.Count > 0 ? Summary[0].Field : KeyingFields.FirstField(Version.Definition),
        };
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    /// <summary>Loads the batch and the two passes; a result when there is nothing to settle here.</summary>
    private async Task<IActionResult?> LoadAsync(string batch, string form, bool tracked, CancellationToken cancellationToken)
    {
        var found = await PaperData.FindBatchAsync(db, batch, cancellationToken, tracked);
        if (found is null || !int.TryParse(form, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1 || number > found.FormCount)
            return NotFound();
        Batch = found;
        FormNumber = number;
        progress = await BatchProgress.LoadAsync(db, found, cancellationToken);
        if (progress.StateOf(number) != FormState.Mismatch)
            return PaperData.SeeOther(PaperData.DifferencesPath(found.Id));
        Version = await PaperData.VersionAsync(db, catalog, found.SurveyVersionId, cancellationToken);
        var entries = await db.PaperEntries.AsNoTracking()
            .Where(e => e.BoxOpeningId == found.Id && e.FormNumber == number && e.Pass <= 2)
            .ToListAsync(cancellationToken);
        First = entries.Single(e => e.Pass == 1);
        Second = entries.Single(e => e.Pass == 2);
        Differences = KeyingComparison.Compare(Version.Definition, PaperData.FormOf(First), PaperData.FormOf(Second));
        return null;
    }
}
