using GlosKlienta.Domain.Paper;
using GlosKlienta.Domain.Survey;
using GlosKlienta.Web.Features.Survey;

namespace GlosKlienta.Web.Features.Paper;

/// <summary>
/// Correction of a stored paper response by the Pełnomocnik, with the same keying inputs and rules.
/// The audit entry (<c>paper.corrected</c>) keeps the answers before and after and the reason, so the
/// earlier value is never lost.
/// </summary>
[Authorize(Policy = Policies.PaperSupervision)]
public sealed class CorrectModel(
    AppDbContext db,
    SurveyCatalog catalog,
    AuditLog audit,
    IStringLocalizer<SharedResource> text) : PageModel
{
    public const string ReasonField = "powod";
    public const int ReasonMaxLength = 500;

    public SurveyResponse Stored { get; private set; } = null!;
    /// <summary>The written answers' images of a scanned form (id, text key): what the typed texts were read from.</summary>
    public IReadOnlyList<(long Id, string Key)> Images { get; private set; } = [];
    public BoxOpening Batch { get; private set; } = null!;
    public KeyingFields Fields { get; private set; } = null!;
    public string Reason { get; private set; } = "";
    public string? ReasonError { get; private set; }
    public string? Problem { get; private set; }
    public IReadOnlyList<(string Field, string Message)> Summary { get; private set; } = [];
    public bool HasErrors => Problem is not null || ReasonError is not null || Summary.Count > 0;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var definition = await LoadAsync(id, cancellationToken);
        if (definition is null) return NotFound();
        Fields = new KeyingFields
        {
            Definition = definition,
            Values = PaperKeying.ToKeyed(definition, PaperData.FormOf(Stored)),
            FocusField = KeyingFields.FirstField(definition),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        var definition = await LoadAsync(id, cancellationToken);
        if (definition is null) return NotFound();
        var keyed = KeyingFields.Read(definition, Request.Form);
        Reason = Request.Form[ReasonField].ToString().Trim();
        var reading = PaperKeying.Read(definition, keyed);
        var messages = new Dictionary<string, IReadOnlyList<string>>();
        var before = PaperData.FormOf(Stored);

        if (reading.Status == PaperReadingStatus.Blank) Problem = text["Paper.Correct.Error.Blank"];
        else if (reading.Status == PaperReadingStatus.Invalid) messages = KeyingFields.MessagesByField(text, definition, reading.Errors);
        else if (KeyingComparison.Agree(definition, before, reading.Form!) && SameTexts(before, reading.Form!)) Problem = text["Paper.Correct.Error.Unchanged"];
        if (Reason.Length == 0) ReasonError = text["Paper.Correct.Error.Reason"];
        else if (Reason.Length > ReasonMaxLength) ReasonError = text["Paper.Open.Error.TooLong", ReasonMaxLength];

        if (HasErrors || messages.Count > 0)
        {
            Summary = KeyingFields.Summary(definition, messages);
            Fields = new KeyingFields
            {
                Definition = definition,
                Values = keyed,
                Messages = messages,
                FocusField = Summary.Count > 0 ? Summary[0].Field : ReasonError is not null ? null : KeyingFields.FirstField(definition),
            };
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var after = reading.Form!;
        audit.Record(PaperAudit.Corrected, PaperAudit.ResponseSubject, Stored.Id.ToString(CultureInfo.InvariantCulture), new
        {
            batch = BatchProgress.Label(Batch),
            form = Stored.FormNumber,
            reason = Reason,
            changed = KeyingComparison.Compare(definition, before, after).Select(d => d.AnswerKey).ToList(),
            before = Snapshot(before),
            after = Snapshot(after),
        });
        Stored.Choices = after.EncodedChoices;
        Stored.Unreadable = after.EncodedUnreadable;
        db.SurveyResponseTexts.RemoveRange(Stored.Texts);
        Stored.Texts = after.Answers.Texts.Select(t => new SurveyResponseText { QuestionCode = t.Key, Text = t.Value }).ToList();
        await db.SaveChangesAsync(cancellationToken);
        return PaperData.SeeOther(PaperData.BatchPath(Batch.Id) + "?poprawiono=" + Stored.FormNumber?.ToString(CultureInfo.InvariantCulture));
    }

    private static object Snapshot(PaperForm form) => new
    {
        choices = form.EncodedChoices,
        texts = form.Answers.Texts,
        unreadable = form.EncodedUnreadable,
    };

    /// <summary>A correction of white space in a text is still a correction, though double entry would not count it a difference.</summary>
    private static bool SameTexts(PaperForm a, PaperForm b) =>
        a.Answers.Texts.Count == b.Answers.Texts.Count
        && a.Answers.Texts.All(t => b.Answers.Texts.TryGetValue(t.Key, out var other) && other == t.Value);

    /// <summary>One written answer's image of the scanned form.</summary>
    public async Task<IActionResult> OnGetImageAsync(string id, long image, CancellationToken cancellationToken)
    {
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var responseId)) return NotFound();
        var png = await db.SurveyResponseImages.AsNoTracking().Where(i => i.Id == image && i.SurveyResponseId == responseId).Select(i => i.Png).FirstOrDefaultAsync(cancellationToken);
        if (png is null) return NotFound();
        Response.Headers.CacheControl = "private, no-store";
        return File(png, "image/png");
    }

    private async Task<SurveyDefinition?> LoadAsync(string id, CancellationToken cancellationToken)
    {
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var responseId)) return null;
        var stored = await db.SurveyResponses.Include(r => r.Texts)
            .FirstOrDefaultAsync(r => r.Id == responseId && r.Channel == Channel.Paper && r.BoxOpeningId != null, cancellationToken);
        if (stored is null) return null;
        Stored = stored;
        Images = (await db.SurveyResponseImages.AsNoTracking().Where(i => i.SurveyResponseId == stored.Id).OrderBy(i => i.Id)
                .Select(i => new { i.Id, i.Key }).ToListAsync(cancellationToken))
            .Select(i => (i.Id, i.Key)).ToList();
        Batch = (await PaperData.FindBatchAsync(db, stored.BoxOpeningId!.Value.ToString(CultureInfo.InvariantCulture), cancellationToken))!;
        return (await PaperData.VersionAsync(db, catalog, stored.SurveyVersionId, cancellationToken)).Definition;
    }
}
