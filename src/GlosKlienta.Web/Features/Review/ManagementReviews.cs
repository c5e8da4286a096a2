using System.Security.Claims;
using System.Text;
using GlosKlienta.Documents;
using GlosKlienta.Domain.Actions;
using GlosKlienta.Domain.Analysis;
using GlosKlienta.Domain.InfoMaterials;
using GlosKlienta.Domain.Register;
using GlosKlienta.Domain.RegisterReports;
using GlosKlienta.Domain.Review;
using GlosKlienta.Web.Features.Actions;
using GlosKlienta.Web.Features.Analysis;
using GlosKlienta.Web.Features.Directory;
using DocFormat = GlosKlienta.Documents.DocumentFormat;

namespace GlosKlienta.Web.Features.Review;

/// <summary>Audit codes of the management review (labels in the resources, Audit.Action.*).</summary>
public static class ReviewAudit
{
    public const string Created = "review.created";
    public const string Saved = "review.saved";
    public const string Decided = "review.decided";
    public const string Approved = "review.approved";
    public const string SubjectType = "ManagementReview";
}

/// <summary>
/// The management review pack through its life: the 9.3.2 inputs this system knows, gathered for a date range from the
/// approved F2 protocols, the register, the action register and the information for clients; the review's decisions as
/// actions; approval, which freezes figures and files like the F2's.
/// </summary>
public sealed class ManagementReviews(
    AppDbContext db, F2Protocols protocols, PrintStatus prints, ActionRegister actions, OfficeProfileProvider office, TimeProvider time, AuditLog audit,
    IStringLocalizer<SharedResource> text)
{
    public static readonly DocFormat[] Formats = [DocFormat.Pdf, DocFormat.Odt, DocFormat.Docx];

    public Task<ApprovedReview?> ApprovedAsync(int reviewId, CancellationToken cancellationToken) =>
        db.ApprovedReviews.AsNoTracking().FirstOrDefaultAsync(a => a.ManagementReviewId == reviewId, cancellationToken);

    /// <summary>The approval of a review without its files (a page shows their hashes, not their bytes).</summary>
    public Task<ApprovalStamp?> StampAsync(int reviewId, CancellationToken cancellationToken) =>
        db.ApprovedReviews.AsNoTracking().Where(a => a.ManagementReviewId == reviewId)
            .Select(a => new ApprovalStamp(a.ApprovedAt, a.ApprovedBy, a.FiguresJson, a.PdfSha256, a.OdtSha256, a.DocxSha256))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<ManagementReview> CreateAsync(DateOnly from, DateOnly to, DateOnly heldOn, string? participants, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var review = new ManagementReview
        {
            From = from,
            To = to,
            HeldOn = heldOn,
            Participants = Clean(participants),
            CreatedAt = time.GetUtcNow(),
            CreatedBy = user.Identity?.Name ?? AuditLog.SystemActor,
            CreatedById = user.FindFirstValue(ClaimTypes.NameIdentifier),
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ManagementReviews.Add(review);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record(ReviewAudit.Created, ReviewAudit.SubjectType, Id(review.Id), new { from, to, heldOn });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return review;
    }

    /// <summary>Saves the review's details and outputs in words (the caller has checked it is not approved).</summary>
    public async Task SaveAsync(ManagementReview review, DateOnly heldOn, string? participants, string? assessment, string? changes, string? resources, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        review.HeldOn = heldOn;
        review.Participants = Clean(participants);
        review.Assessment = Clean(assessment);
        review.Changes = Clean(changes);
        review.Resources = Clean(resources);
        review.UpdatedAt = time.GetUtcNow();
        audit.Record(ReviewAudit.Saved, ReviewAudit.SubjectType, Id(review.Id), new { heldOn, review.Participants, review.Assessment, review.Changes, review.Resources });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Records a decision of the review (9.3.3) as an action of the register with its owner and date.</summary>
    public async Task<QualityAction> DecideAsync(ManagementReview review, QualityAction action, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(action);
        action.Source = ActionSource.ReviewDecision;
        action.ManagementReviewId = review.Id;
        var created = await actions.CreateAsync(action, user, cancellationToken);
        audit.Record(ReviewAudit.Decided, ReviewAudit.SubjectType, Id(review.Id), new { action = created.Number, created.What });
        await db.SaveChangesAsync(cancellationToken);
        return created;
    }

    /// <summary>
    /// Approves and freezes: figures gathered now, rendered in every format, stored with their hashes. A review not yet
    /// held, one without an assessment, or one already approved cannot be approved.
    /// </summary>
    public async Task<ApprovedReview> ApproveAsync(ManagementReview review, ClaimsPrincipal user, string approverName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        var today = (await office.GetAsync(cancellationToken)).Today(time);
        if (review.HeldOn > today) throw new InvalidOperationException("The review has not been held yet.");
        if (string.IsNullOrWhiteSpace(review.Assessment)) throw new InvalidOperationException("The review has no assessment.");
        if (await db.ApprovedReviews.AnyAsync(a => a.ManagementReviewId == review.Id, cancellationToken)) throw new InvalidOperationException("The review is already approved.");
        var now = time.GetUtcNow();
        var figures = await FiguresAsync(review.From, review.To, review, cancellationToken);
        var document = ReviewDocument.Build(figures, await ContextAsync(review, approverName, now, now, cancellationToken));
        var files = Formats.ToDictionary(x => x, x => Renderers.RenderToBytes(document, x));
        var approved = new ApprovedReview
        {
            ManagementReviewId = review.Id,
            ApprovedAt = now,
            ApprovedById = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
            ApprovedBy = approverName,
            FiguresJson = figures.ToJson(),
            Pdf = files[DocFormat.Pdf],
            PdfSha256 = F2Protocols.Sha256(files[DocFormat.Pdf]),
            Odt = files[DocFormat.Odt],
            OdtSha256 = F2Protocols.Sha256(files[DocFormat.Odt]),
            Docx = files[DocFormat.Docx],
            DocxSha256 = F2Protocols.Sha256(files[DocFormat.Docx]),
        };
        db.ApprovedReviews.Add(approved);
        audit.Record(ReviewAudit.Approved, ReviewAudit.SubjectType, Id(review.Id),
            new { pdf = approved.PdfSha256, odt = approved.OdtSha256, docx = approved.DocxSha256, figures = F2Protocols.Sha256(Encoding.UTF8.GetBytes(approved.FiguresJson)) });
        await db.SaveChangesAsync(cancellationToken);
        return approved;
    }

    /// <summary>The review's figures: frozen when approved, otherwise gathered now.</summary>
    public async Task<ReviewFigures> FiguresAsync(ManagementReview review, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        return await StampAsync(review.Id, cancellationToken) is { } stamp
            ? ReviewFigures.FromJson(stamp.FiguresJson)
            : await FiguresAsync(review.From, review.To, review, cancellationToken);
    }

    /// <summary>The document: the frozen one's model is not kept, so a draft is built from figures gathered now (approved reviews are served from their stored files).</summary>
    public async Task<Document> DraftDocumentAsync(ManagementReview? review, ReviewFigures figures, CancellationToken cancellationToken) =>
        ReviewDocument.Build(figures, await ContextAsync(review, null, null, time.GetUtcNow(), cancellationToken));

    /// <summary>The bytes to download: the frozen file when approved, otherwise a freshly rendered draft.</summary>
    public async Task<(byte[] Bytes, bool Frozen)> FileAsync(ManagementReview review, DocFormat format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        var approved = db.ApprovedReviews.AsNoTracking().Where(a => a.ManagementReviewId == review.Id);
        var frozen = format switch
        {
            DocFormat.Pdf => await approved.Select(a => a.Pdf).FirstOrDefaultAsync(cancellationToken),
            DocFormat.Odt => await approved.Select(a => a.Odt).FirstOrDefaultAsync(cancellationToken),
            DocFormat.Docx => await approved.Select(a => a.Docx).FirstOrDefaultAsync(cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "A review is kept as PDF, ODT and DOCX."),
        };
        if (frozen is not null) return (frozen, true);
        var figures = await FiguresAsync(review.From, review.To, review, cancellationToken);
        return (Renderers.RenderToBytes(await DraftDocumentAsync(review, figures, cancellationToken), format), false);
    }

    /// <summary>
    /// The approved review whose range is exactly [<paramref name="from"/>, <paramref name="to"/>] (the newest, if several),
    /// for the command line, which otherwise writes a draft pack of the range.
    /// </summary>
    public Task<ManagementReview?> FindApprovedAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        db.ManagementReviews.AsNoTracking()
            .Where(r => r.From == from && r.To == to && db.ApprovedReviews.Any(a => a.ManagementReviewId == r.Id))
            .OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Gathers the 9.3.2 inputs for [<paramref name="from"/>, <paramref name="to"/>]; <paramref name="review"/> (null from the command line) brings its decisions.</summary>
    public async Task<ReviewFigures> FiguresAsync(DateOnly from, DateOnly to, ManagementReview? review, CancellationToken cancellationToken)
    {
        var today = (await office.GetAsync(cancellationToken)).Today(time);
        var units = await db.OrganisationalUnits.AsNoTracking().ToListAsync(cancellationToken);

        // Client satisfaction: the half-years overlapping the range and two before them, frozen where approved.
        var satisfaction = new List<SatisfactionPoint>();
        var inRangeFigures = new List<F2Figures>();
        foreach (var (period, inRange) in ReviewFigures.SurveyPeriods(from, to))
        {
            if (period.Start > today) continue;
            var approved = await protocols.IsApprovedAsync(period, cancellationToken);
            var f = await protocols.FiguresAsync(period, cancellationToken);
            if (!approved && f.Responses == 0) continue;
            satisfaction.Add(SatisfactionPoint.Of(f, approved, inRange));
            if (inRange) inRangeFigures.Add(f);
        }

        // The register over the range, and over the survey's half-years for perception against performance.
        var perceptionFrom = inRangeFigures.Count == 0 ? from : inRangeFigures.Min(f => f.From);
        var perceptionTo = inRangeFigures.Count == 0 ? to : inRangeFigures.Max(f => f.To);
        var loadFrom = perceptionFrom < from ? perceptionFrom : from;
        var loadTo = perceptionTo > to ? perceptionTo : to;
        var cases = await db.RegisterCases.AsNoTracking()
            .Where(c => c.ReceivedOn >= loadFrom && c.ReceivedOn <= loadTo && c.Erasure != Domain.Register.CaseErasure.UsunietaJakoNaduzycie)
            .Select(c => new { c.Kind, c.Channel, c.ConcernsUnitId, c.ReceivedOn, c.DueOn, c.TermKind, c.ClosedOn, c.DelayNoticeOn, c.Outcome, c.MemberNoticeDueOn, c.MemberNoticeOn })
            .ToListAsync(cancellationToken);
        var unitName = units.ToDictionary(u => u.Id, u => u.Name);
        var unitCode = units.ToDictionary(u => u.Id, u => u.Code);
        var byName = cases.Select(c => new ReportCase(
            Register.Reports.ReportLabels.Kind(c.Kind), Register.Reports.ReportLabels.Channel(c.Channel),
            c.ConcernsUnitId is { } u ? unitName.GetValueOrDefault(u) : null, c.ReceivedOn,
            StatutoryDeadline.HasTerm(c.TermKind) ? c.DueOn : null, c.ClosedOn, c.DelayNoticeOn is not null,
            Register.Reports.ReportLabels.Justified(c.Kind, c.Outcome),
            c.Outcome is { } o ? text["Register.Outcome." + o].Value : null,
            c.MemberNoticeDueOn, c.MemberNoticeOn)).ToList();
        var register = RegisterSummary.Compute(from, to, byName, today);
        var byCode = cases.Select(c => new ReportCase("", "", c.ConcernsUnitId is { } u ? unitCode.GetValueOrDefault(u) : null, c.ReceivedOn,
            StatutoryDeadline.HasTerm(c.TermKind) ? c.DueOn : null, c.ClosedOn, false)).ToList();
        var registerByUnit = RegisterSummary.Compute(perceptionFrom, perceptionTo, byCode, today).OnTimeByUnit;
        var survey = inRangeFigures
            .SelectMany(f => f.Breakdowns.FirstOrDefault(b => b.Dimension == BreakdownDimension.Unit)?.Groups ?? [])
            .Select(g => new SurveyTimeliness(g.Code, g.OnTimeAnswered, g.NotOnTime));
        var codeName = units.ToDictionary(u => u.Code, u => u.Name, StringComparer.Ordinal);
        var perception = PerceptionAgainstPerformance.Compare(survey, registerByUnit)
            .Select(r => r with { Unit = codeName.GetValueOrDefault(r.Unit, r.Unit) }).ToList();

        // The action register on the day of the pack.
        var zone = (await office.GetAsync(cancellationToken)).TimeZone;
        var all = await db.QualityActions.AsNoTracking().ToListAsync(cancellationToken);
        DateOnly Started(QualityAction a) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(a.CreatedAt, zone).DateTime);
        var counted = all.Where(a => Started(a) <= to).ToList();
        var counts = ActionCounts.Of(counted.Select(a => (a.Status, a.Due, Started(a))).ToList(), from, to, today);
        ReviewAction Line(QualityAction a) => new(a.Id, a.Number, ActionLabels.Kind(text, a.Kind), a.What, a.OwnerName, a.Due, ActionLabels.Status(text, a.Status), ActionRules.IsOverdue(a.Status, a.Due, today));
        var open = counted.Where(a => ActionRules.IsOpen(a.Status) || a.Status == ActionStatus.Done)
            .OrderBy(a => a.Due).ThenBy(a => a.Id).Select(Line).ToList();

        // The previous approved review's decisions, as they stand now.
        var previousReview = await db.ManagementReviews.AsNoTracking()
            .Where(r => r.To < from && (review == null || r.Id != review.Id) && db.ApprovedReviews.Any(a => a.ManagementReviewId == r.Id))
            .OrderByDescending(r => r.To).ThenByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        PreviousReview? previous = previousReview is null ? null
            : new PreviousReview(previousReview.Id, previousReview.Number, previousReview.HeldOn,
                all.Where(a => a.ManagementReviewId == previousReview.Id).OrderBy(a => a.Id).Select(Line).ToList());

        // Information for clients.
        var state = await prints.StateAsync(cancellationToken);
        var materials = await db.InfoMaterials.AsNoTracking().Select(m => new { m.Title, m.NextReviewOn }).ToListAsync(cancellationToken);
        var fromMoment = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), zone.GetUtcOffset(from.ToDateTime(TimeOnly.MinValue)));
        var toMoment = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), zone.GetUtcOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue)));
        var published = (await db.PressReleaseVersions.AsNoTracking().Where(v => v.Number == 1)
                .Select(v => new { v.Title, v.PublishAt }).ToListAsync(cancellationToken))
            .Where(v => v.PublishAt >= fromMoment && v.PublishAt < toMoment && v.PublishAt <= time.GetUtcNow())
            .OrderBy(v => v.PublishAt).Select(v => v.Title).ToList();
        var information = new InformationFigures(
            state.Rows.Where(r => r.OutOfDate && !r.NeverPrinted).Select(r => r.Item.Title).ToList(), state.Gone.Count, state.Rows.Count(r => !r.NeverPrinted),
            materials.Where(m => ReviewSchedule.IsOverdue(m.NextReviewOn, today)).OrderBy(m => m.NextReviewOn).Select(m => m.Title).ToList(), materials.Count,
            published);

        var decisions = review is null ? [] : all.Where(a => a.ManagementReviewId == review.Id).OrderBy(a => a.Id).Select(Line).ToList();
        return new ReviewFigures(from, to, today, satisfaction, register, counts, open, previous, information, perceptionFrom, perceptionTo, perception, decisions);
    }

    private async Task<ReviewDocumentContext> ContextAsync(ManagementReview? review, string? approvedBy, DateTimeOffset? approvedAt, DateTimeOffset createdAt, CancellationToken cancellationToken)
    {
        var profile = await office.GetAsync(cancellationToken);
        return new ReviewDocumentContext(profile.Name, review?.Number, review?.HeldOn, review?.Participants, review?.Assessment, review?.Changes, review?.Resources,
            approvedBy, approvedAt, createdAt, profile.TimeZone)
        {
            Records = await RecordChains.StampAsync(db, cancellationToken),
        };
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}

/// <summary>An approved review as its page shows it: who and when, the frozen figures and the files' hashes.</summary>
public sealed record ApprovalStamp(DateTimeOffset ApprovedAt, string ApprovedBy, string FiguresJson, string PdfSha256, string OdtSha256, string DocxSha256)
{
    public string Hash(DocFormat format) => format switch
    {
        DocFormat.Pdf => PdfSha256,
        DocFormat.Odt => OdtSha256,
        DocFormat.Docx => DocxSha256,
        _ => "",
    };
}
