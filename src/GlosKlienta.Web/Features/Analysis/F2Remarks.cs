using System.Security.Claims;
using GlosKlienta.Domain.Analysis;
using GlosKlienta.Domain.Survey;
using GlosKlienta.Web.Features.Survey;

namespace GlosKlienta.Web.Features.Analysis;

/// <summary>A remark on the reading screen: its text, where it came from, and how it was read so far.</summary>
public sealed record RemarkToRead(long Id, string QuestionCode, DateOnly ReceivedOn, string Text, IReadOnlyList<int> Categories, bool Unquotable, bool Reviewed);

/// <summary>
/// The free-text remarks of a period (question 8's comment, the final UWAGI) and the Pełnomocnik's
/// reading of them: categories from the office's list and "unfit to quote"; every reading audited.
/// </summary>
public sealed class F2Remarks(AppDbContext db, TimeProvider time, AuditLog audit)
{
    public const string AuditRead = "f2.remark-read";
    public const string AuditCategoryAdded = "f2.remark-category-added";

    public async Task<IReadOnlyList<RemarkCategory>> CategoriesAsync(CancellationToken cancellationToken) =>
        await db.RemarkCategories.AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.Order).ThenBy(c => c.Id).ToListAsync(cancellationToken);

    private async Task<List<string>> QuestionCodesAsync(CancellationToken cancellationToken)
    {
        var definitions = await db.SurveyVersions.AsNoTracking().Where(v => v.Status == SurveyVersionStatus.Approved).Select(v => v.Definition).ToListAsync(cancellationToken);
        return definitions.SelectMany(d => Remarks.QuestionCodes(SurveyDefinition.FromJson(d))).Distinct(StringComparer.Ordinal).ToList();
    }

    private async Task<IQueryable<SurveyResponseText>> InPeriodAsync(ReportingPeriod period, CancellationToken cancellationToken)
    {
        var codes = await QuestionCodesAsync(cancellationToken);
        return db.SurveyResponseTexts.AsNoTracking()
            .Where(t => codes.Contains(t.QuestionCode) && db.SurveyResponses.Any(r => r.Id == t.SurveyResponseId && r.ReceivedOn >= period.Start && r.ReceivedOn <= period.End));
    }

    /// <summary>How many remarks the period has and how many are read.</summary>
    public async Task<(int Total, int Reviewed)> ProgressAsync(ReportingPeriod period, CancellationToken cancellationToken)
    {
        var texts = await InPeriodAsync(period, cancellationToken);
        var total = await texts.CountAsync(cancellationToken);
        var reviewed = await texts.CountAsync(t => db.RemarkReviews.Any(r => r.SurveyResponseTextId == t.Id), cancellationToken);
        return (total, reviewed);
    }

    /// <summary>The protocol's section: counts per category and quotable examples (only read remarks are loaded).</summary>
    public async Task<RemarksFigure> SummaryAsync(ReportingPeriod period, CancellationToken cancellationToken)
    {
        var (total, _) = await ProgressAsync(period, cancellationToken);
        var texts = await InPeriodAsync(period, cancellationToken);
        var read = await texts.Join(db.RemarkReviews, t => t.Id, r => r.SurveyResponseTextId, (t, r) => new { t.Id, t.Text, r.Categories, r.Unquotable })
            .ToListAsync(cancellationToken);
        var remarks = read.Select(r => new ReadRemark(r.Id, r.Text, ParseCategories(r.Categories), r.Unquotable, true)).ToList();
        var summary = Remarks.Summarise(remarks, (await CategoriesAsync(cancellationToken)).Select(c => (c.Id, c.Name)).ToList());
        return summary with { Total = total };
    }

    /// <summary>The remark to read: <paramref name="id"/> when given (and in the period), else the first one not yet read.</summary>
    public async Task<RemarkToRead?> FindAsync(ReportingPeriod period, long? id, CancellationToken cancellationToken)
    {
        var texts = await InPeriodAsync(period, cancellationToken);
        var query = id is { } wanted ? texts.Where(t => t.Id == wanted) : texts.Where(t => !db.RemarkReviews.Any(r => r.SurveyResponseTextId == t.Id)).OrderBy(t => t.Id);
        var row = await query.Select(t => new
        {
            t.Id, t.QuestionCode, t.Text,
            ReceivedOn = db.SurveyResponses.Where(r => r.Id == t.SurveyResponseId).Select(r => r.ReceivedOn).First(),
            Review = db.RemarkReviews.Where(r => r.SurveyResponseTextId == t.Id).Select(r => new { r.Categories, r.Unquotable }).FirstOrDefault(),
        }).FirstOrDefaultAsync(cancellationToken);
        if (row is null) return null;
        return new RemarkToRead(row.Id, row.QuestionCode, row.ReceivedOn, row.Text, ParseCategories(row.Review?.Categories),
            row.Review?.Unquotable ?? Remarks.MayHoldPersonalData(row.Text), row.Review is not null);
    }

    /// <summary>The remarks of the period already read, the last read first (to go back to one).</summary>
    public async Task<IReadOnlyList<(long Id, string Text, string Categories)>> ReadAsync(ReportingPeriod period, int take, CancellationToken cancellationToken)
    {
        var texts = await InPeriodAsync(period, cancellationToken);
        var rows = await texts.Join(db.RemarkReviews, t => t.Id, r => r.SurveyResponseTextId, (t, r) => new { t.Id, t.Text, r.Categories, ReviewId = r.Id })
            .OrderByDescending(x => x.ReviewId).Take(take).ToListAsync(cancellationToken);
        var names = (await db.RemarkCategories.AsNoTracking().ToListAsync(cancellationToken)).ToDictionary(c => c.Id, c => c.Name);
        return rows.Select(r => (r.Id, r.Text, string.Join(", ", ParseCategories(r.Categories).Select(c => names.GetValueOrDefault(c, "?"))))).ToList();
    }

    public async Task SaveAsync(long textId, IReadOnlyList<int> categories, bool unquotable, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var review = await db.RemarkReviews.FirstOrDefaultAsync(r => r.SurveyResponseTextId == textId, cancellationToken);
        if (review is null)
        {
            review = new RemarkReview { SurveyResponseTextId = textId, Categories = "", ReviewedBy = "" };
            db.RemarkReviews.Add(review);
        }
        review.Categories = string.Join(',', categories.Distinct().Order());
        review.Unquotable = unquotable;
        review.ReviewedAt = time.GetUtcNow();
        review.ReviewedBy = user.Identity?.Name ?? AuditLog.SystemActor;
        audit.Record(AuditRead, "SurveyResponseText", textId.ToString(CultureInfo.InvariantCulture), new { categories = review.Categories, unquotable });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Adds a category to the office's list; false when one of that name exists.</summary>
    public async Task<bool> AddCategoryAsync(string name, CancellationToken cancellationToken)
    {
        var trimmed = name.Trim();
        if (await db.RemarkCategories.AnyAsync(c => c.Name == trimmed, cancellationToken)) return false;
        var order = await db.RemarkCategories.MaxAsync(c => (int?)c.Order, cancellationToken) ?? 0;
        db.RemarkCategories.Add(new RemarkCategory { Name = trimmed, Order = order + 1 });
        audit.Record(AuditCategoryAdded, "RemarkCategory", trimmed);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public static IReadOnlyList<int> ParseCategories(string? stored) =>
        string.IsNullOrEmpty(stored) ? [] : stored.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
}
