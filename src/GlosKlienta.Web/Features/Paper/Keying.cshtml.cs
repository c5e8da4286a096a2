using GlosKlienta.Domain.Paper;
using GlosKlienta.Web.Features.Survey;

namespace GlosKlienta.Web.Features.Paper;

/// <summary>
/// The keying screen: the whole F1 on one screen, one digit input per question, built for the
/// keyboard (wwwroot/js/keying.js moves the cursor; without it the same inputs and buttons work).
/// After a save the next form this person can key opens at once. With double entry the pass is
/// decided when saving: the first keying of a form is pass 1, a keying by someone else pass 2;
/// pass 2 never sees what pass 1 keyed.
/// </summary>
[Authorize(Policy = Policies.PaperEntry)]
public sealed class KeyingModel(
    AppDbContext db,
    SurveyCatalog catalog,
    UserManager<StaffUser> users,
    AuditLog audit,
    TimeProvider time,
    IStringLocalizer<SharedResource> text,
    ILogger<KeyingModel> logger) : PageModel
{
    public const string FormNumberField = "nr";
    public const string ActionField = "akcja";
    public const string SaveAction = "zapisz";
    public const string BlankAction = "pusty";
    public const string SavedQuery = "zapisano";

    public BoxOpening Batch { get; private set; } = null!;
    public PublishedSurvey Version { get; private set; } = null!;
    public BatchProgress Progress { get; private set; } = null!;
    public KeyingFields Fields { get; private set; } = null!;
    /// <summary>The form number in the number field (as typed, when a post comes back).</summary>
    public string FormNumberValue { get; private set; } = "";
    /// <summary>The pass the person is about to key, for the heading.</summary>
    public int? Pass { get; private set; }
    public string? FormNumberError { get; private set; }
    /// <summary>A problem with the form as a whole (nothing keyed, blank with answers, saved meanwhile).</summary>
    public string? Problem { get; private set; }
    public IReadOnlyList<(string Field, string Message)> Summary { get; private set; } = [];
    public string? Saved { get; private set; }
    /// <summary>The saved form's answers in keying notation, one line.</summary>
    public string? SavedEcho { get; private set; }
    /// <summary>Why there is no form to key for this person, when there is none.</summary>
    public string? NothingLeft { get; private set; }

    public bool HasErrors => Problem is not null || FormNumberError is not null || Summary.Count > 0;

    public async Task<IActionResult> OnGetAsync(string batch, [FromQuery(Name = FormNumberField)] string? nr, [FromQuery(Name = SavedQuery)] string? saved, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(batch, tracked: false, cancellationToken)) return NotFound();
        var userId = users.GetUserId(User)!;
        var after = 0;
        if (int.TryParse(saved, NumberStyles.None, CultureInfo.InvariantCulture, out var savedNumber) && savedNumber >= 1 && savedNumber <= Batch.FormCount)
        {
            after = savedNumber;
            Saved = Progress.StateOf(savedNumber) == FormState.Blank
                ? text["Paper.Keying.SavedBlank", savedNumber]
                : text["Paper.Keying.Saved", savedNumber];
            // What this person keyed for that form, echoed in one line so a typo shows at once.
            var mine = await db.PaperEntries.AsNoTracking().Where(e => e.BoxOpeningId == Batch.Id && e.FormNumber == savedNumber && e.KeyedById == userId)
                .OrderByDescending(e => e.Id).FirstOrDefaultAsync(cancellationToken);
            if (mine is not null && !mine.BlankForm) SavedEcho = PaperKeying.Echo(Version.Definition, PaperData.FormOf(mine));
        }

        int? number = null;
        if (int.TryParse(nr, NumberStyles.None, CultureInfo.InvariantCulture, out var wanted) && wanted >= 1 && wanted <= Batch.FormCount)
        {
            var decision = Progress.PassFor(wanted, userId);
            if (decision.Pass is not null) number = wanted;
            else FormNumberError = Refusal(decision.Refusal!.Value, wanted);
        }
        number ??= Progress.NextFor(userId, after);
        if (number is null)
        {
            NothingLeft = Progress.IsComplete ? text["Paper.Keying.BatchDone"]
                : Progress.Mismatches > 0 && !Progress.FormNumbers.Any(n => Progress.StateOf(n) == FormState.KeyedOnce) ? text["Paper.Keying.OnlyMismatches"]
                : text["Paper.Keying.OtherPersonPass"];
        }
        else
        {
            FormNumberValue = number.Value.ToString(CultureInfo.InvariantCulture);
            Pass = Progress.PassFor(number.Value, userId).Pass;
        }
        Fields = new KeyingFields { Definition = Version.Definition, FocusField = KeyingFields.FirstField(Version.Definition) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string batch, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(batch, tracked: true, cancellationToken)) return NotFound();
        var form = Request.Form;
        var definition = Version.Definition;
        var keyed = KeyingFields.Read(definition, form);
        var blank = string.Equals(form[ActionField], BlankAction, StringComparison.Ordinal);
        var userId = users.GetUserId(User)!;
        FormNumberValue = form[FormNumberField].ToString().Trim();

        var reading = PaperKeying.Read(definition, keyed);
        var messages = new Dictionary<string, IReadOnlyList<string>>();
        if (blank && reading.Status != PaperReadingStatus.Blank) Problem = text["Paper.Error.BlankHasAnswers"];
        else if (!blank && reading.Status == PaperReadingStatus.Blank) Problem = text["Paper.Error.NothingKeyed"];
        else if (reading.Status == PaperReadingStatus.Invalid) messages = KeyingFields.MessagesByField(text, definition, reading.Errors);

        int? pass = null;
        if (!int.TryParse(FormNumberValue, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1 || number > Batch.FormCount)
        {
            FormNumberError = text["Paper.Error.FormNumber", Batch.FormCount];
        }
        else
        {
            var decision = Progress.PassFor(number, userId);
            pass = decision.Pass;
            if (pass is null) FormNumberError = Refusal(decision.Refusal!.Value, number);
        }
        Pass = pass;

        if (Problem is not null || FormNumberError is not null || messages.Count > 0)
            return Invalid(keyed, messages);

        var paper = reading.Form!;
        var now = time.GetUtcNow();
        var name = PaperText.NameOf(await users.GetUserAsync(User), User);
        db.PaperEntries.Add(PaperData.NewEntry(Batch, number, pass!.Value, userId, name, now, paper));

        PaperForm? toStore = null;
        bool? agreed = null;
        if (!Batch.DoubleEntry)
        {
            toStore = paper.Blank ? null : paper;
        }
        else if (pass == 2)
        {
            var first = await db.PaperEntries.AsNoTracking().SingleAsync(e => e.BoxOpeningId == Batch.Id && e.FormNumber == number && e.Pass == 1, cancellationToken);
            var firstForm = PaperData.FormOf(first);
            agreed = KeyingComparison.Agree(definition, firstForm, paper);
            if (agreed == true && !paper.Blank) toStore = firstForm;
        }
        if (toStore is not null) db.SurveyResponses.Add(PaperData.NewResponse(Batch, number, toStore));

        audit.Record(paper.Blank ? PaperAudit.BlankForm : PaperAudit.Keyed, PaperAudit.BoxOpeningSubject, Batch.Id.ToString(CultureInfo.InvariantCulture),
            new { batch = BatchProgress.Label(Batch), form = number, pass, stored = toStore is not null, agreed });
        var after = Progress.With(new EntryRow(Batch.Id, number, pass.Value, userId, name, paper.Blank), toStore is not null, Batch);
        PaperData.MarkCompleteIfDone(Batch, after, now);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (PaperData.IsUniqueViolation(ex))
        {
            logger.LogInformation("Form {Form} of batch {Batch} was saved by someone else meanwhile", number, Batch.Id);
            db.ChangeTracker.Clear();
            Problem = text["Paper.Error.Concurrent", number];
            return Invalid(keyed, messages);
        }
        await PaperData.EnsureCompletedAsync(db, Batch, time, cancellationToken);
        return PaperData.SeeOther(PaperData.KeyingPath(Batch.Id) + "?" + SavedQuery + "=" + number.ToString(CultureInfo.InvariantCulture));
    }

    private PageResult Invalid(KeyedForm keyed, IReadOnlyDictionary<string, IReadOnlyList<string>> messages)
    {
        var definition = Version.Definition;
        Summary = KeyingFields.Summary(definition, messages);
        Fields = new KeyingFields
        {
            Definition = definition,
            Values = keyed,
            Messages = messages,
            FocusField = Summary.Count > 0 ? Summary[0].Field : FormNumberError is not null ? null : KeyingFields.FirstField(definition),
        };
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private string Refusal(PassRefusal refusal, int number) => refusal switch
    {
        PassRefusal.AlreadyKeyed => text["Paper.Error.AlreadyKeyed", number],
        PassRefusal.SamePerson => text["Paper.Error.SamePerson", number],
        PassRefusal.AwaitingSettlement => text["Paper.Error.AwaitingSettlement", number],
    };

    private async Task<bool> LoadAsync(string batch, bool tracked, CancellationToken cancellationToken)
    {
        var found = await PaperData.FindBatchAsync(db, batch, cancellationToken, tracked);
        if (found is null) return false;
        Batch = found;
        Version = await PaperData.VersionAsync(db, catalog, found.SurveyVersionId, cancellationToken);
        Progress = await BatchProgress.LoadAsync(db, found, cancellationToken);
        return true;
    }
}
