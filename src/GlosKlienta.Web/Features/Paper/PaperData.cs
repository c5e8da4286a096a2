using GlosKlienta.Domain.Paper;
using GlosKlienta.Domain.Survey;
using GlosKlienta.Web.Features.Survey;

namespace GlosKlienta.Web.Features.Paper;

/// <summary>Loading a batch and its survey version, and turning keyed forms into stored rows: shared by the paper pages.</summary>
public static class PaperData
{
    /// <summary>The batch named in the route (its id), with its box; null when there is none.</summary>
    public static async Task<BoxOpening?> FindBatchAsync(AppDbContext db, string? route, CancellationToken cancellationToken, bool tracked = false)
    {
        if (!int.TryParse(route, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return null;
        var query = db.BoxOpenings.Include(b => b.SurveyBox).ThenInclude(x => x!.Building).Where(b => b.Id == id);
        if (!tracked) query = query.AsNoTracking();
        return await query.FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The survey version the batch's forms were printed from.</summary>
    public static async Task<PublishedSurvey> VersionAsync(AppDbContext db, SurveyCatalog catalog, int versionId, CancellationToken cancellationToken)
    {
        var approved = await catalog.FindApprovedAsync(versionId, cancellationToken);
        if (approved is not null) return approved;
        // An approved version without a start date is not in the catalogue; the batch still reads against it.
        var row = await db.SurveyVersions.AsNoTracking().SingleAsync(v => v.Id == versionId, cancellationToken);
        return new PublishedSurvey(row.Id, row.Number, row.LiveFrom ?? DateOnly.MinValue, SurveyDefinition.FromJson(row.Definition));
    }

    public static PaperForm FormOf(PaperEntry entry) =>
        PaperForm.FromStored(entry.BlankForm, entry.Choices, PaperForm.DecodeTexts(entry.Texts), entry.Unreadable);

    public static PaperForm FormOf(SurveyResponse response) =>
        PaperForm.FromStored(false, response.Choices, response.Texts.ToDictionary(t => t.QuestionCode, t => t.Text, StringComparer.Ordinal), response.Unreadable);

    public static PaperEntry NewEntry(BoxOpening batch, int formNumber, int pass, string userId, string userName, DateTimeOffset at, PaperForm form) => new()
    {
        BoxOpeningId = batch.Id,
        FormNumber = formNumber,
        Pass = pass,
        KeyedById = userId,
        KeyedBy = userName,
        KeyedAt = at,
        BlankForm = form.Blank,
        Choices = form.Blank ? "" : form.EncodedChoices,
        Texts = form.Blank ? "{}" : form.EncodedTexts,
        Unreadable = form.Blank ? null : form.EncodedUnreadable,
    };

    /// <summary>A paper response: the batch's version, the opening date as the day received, traceable to its box, batch and form number.</summary>
    public static SurveyResponse NewResponse(BoxOpening batch, int formNumber, PaperForm form) =>
        SurveyResponse.From(batch.SurveyVersionId, Channel.Paper, batch.OpenedOn, form.Answers,
            unreadable: form.EncodedUnreadable, boxOpeningId: batch.Id, formNumber: formNumber);

    /// <summary>Sets <see cref="BoxOpening.CompletedAt"/> when the batch is complete with the change about to be saved.</summary>
    public static void MarkCompleteIfDone(BoxOpening batch, BatchProgress after, DateTimeOffset now)
    {
        if (batch.CompletedAt is null && after.IsComplete) batch.CompletedAt = now;
    }

    /// <summary>
    /// After a save: marks the batch complete if it is, now that the save is committed. Two people
    /// saving the last two forms at the same moment each decide before seeing the other's form; the
    /// later one sees both here.
    /// </summary>
    public static async Task EnsureCompletedAsync(AppDbContext db, BoxOpening batch, TimeProvider time, CancellationToken cancellationToken)
    {
        if (batch.CompletedAt is not null) return;
        var progress = await BatchProgress.LoadAsync(db, batch, cancellationToken);
        if (!progress.IsComplete) return;
        batch.CompletedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>303 See Other, so that reloading the next page never posts the form again.</summary>
    public static IActionResult SeeOther(string location) => new SeeOtherResult(location);

    private sealed class SeeOtherResult(string location) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context)
        {
            context.HttpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
            context.HttpContext.Response.Headers.Location = location;
            return Task.CompletedTask;
        }
    }

    public static string KeyingPath(int batchId) => string.Create(CultureInfo.InvariantCulture, $"/personel/papier/{batchId}/wprowadzanie");
    public static string BatchPath(int batchId) => string.Create(CultureInfo.InvariantCulture, $"/personel/papier/{batchId}");
    public static string DifferencesPath(int batchId) => string.Create(CultureInfo.InvariantCulture, $"/personel/papier/{batchId}/roznice");
    public static string SettlePath(int batchId, int formNumber) => string.Create(CultureInfo.InvariantCulture, $"/personel/papier/{batchId}/roznice/{formNumber}");
    public static string CorrectionPath(long responseId) => string.Create(CultureInfo.InvariantCulture, $"/personel/papier/odpowiedz/{responseId}");

    public static bool IsUniqueViolation(DbUpdateException ex) =>
        ex.InnerException is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 }
        || ex.InnerException is Npgsql.PostgresException { SqlState: "23505" };
}
