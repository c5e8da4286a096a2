using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using GlosKlienta.Documents;
using DocFormat = GlosKlienta.Documents.DocumentFormat;
using GlosKlienta.Domain.Actions;
using GlosKlienta.Domain.Analysis;
using GlosKlienta.Web.Features.Actions;

namespace GlosKlienta.Web.Features.Analysis;

/// <summary>Audit codes of the analysis feature (labels in the resources, Audit.Action.*).</summary>
public static class F2Audit
{
    public const string ProtocolApproved = "f2.approved";
    public const string ConclusionsSaved = "f2.conclusions-saved";
    public const string ActionProposed = "f2.action-proposed";
    public const string AreaJudged = "f2.area-judged";
    public const string UnopenedBoxesExplained = "f2.unopened-boxes-explained";
    public const string SubjectType = "F2Protocol";
}

/// <summary>
/// The F2 protocol of a period through its life: a draft computed afresh on each request, the
/// Pełnomocnik's conclusions and proposed actions, and approval, which freezes figures and files.
/// </summary>
public sealed class F2Protocols(AppDbContext db, F2FiguresService figures, F2Remarks remarks, OfficeProfileProvider office, TimeProvider time, AuditLog audit, Microsoft.Extensions.Options.IOptions<AnalysisOptions> options, IStringLocalizer<SharedResource> text)
{
    public static readonly DocFormat[] Formats = [DocFormat.Pdf, DocFormat.Odt, DocFormat.Docx, DocFormat.Html];

    /// <summary>The approved protocol of a period without its files (the page shows their hashes, not their bytes).</summary>
    public Task<ApprovedProtocol?> FindApprovedAsync(ReportingPeriod period, CancellationToken cancellationToken) =>
        db.F2Protocols.AsNoTracking().Where(p => p.Period == period.ToString())
            .Select(p => new ApprovedProtocol(p.ApprovedAt, p.ApprovedBy, p.FiguresJson, p.Conclusions, p.PdfSha256, p.OdtSha256, p.DocxSha256, p.HtmlSha256))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>One frozen file of a period's approved protocol, read alone; null when the protocol is not approved.</summary>
    private async Task<byte[]?> StoredFileAsync(ReportingPeriod period, DocFormat format, CancellationToken cancellationToken)
    {
        var approved = db.F2Protocols.AsNoTracking().Where(p => p.Period == period.ToString());
        return format switch
        {
            DocFormat.Pdf => await approved.Select(p => p.Pdf).FirstOrDefaultAsync(cancellationToken),
            DocFormat.Odt => await approved.Select(p => p.Odt).FirstOrDefaultAsync(cancellationToken),
            DocFormat.Docx => await approved.Select(p => p.Docx).FirstOrDefaultAsync(cancellationToken),
            DocFormat.Html => await approved.Select(p => p.Html).FirstOrDefaultAsync(cancellationToken),
        };
    }

    /// <summary>Approved protocols' periods and hashes, without the file bytes.</summary>
    public async Task<bool> IsApprovedAsync(ReportingPeriod period, CancellationToken cancellationToken) =>
        await db.F2Protocols.AnyAsync(p => p.Period == period.ToString(), cancellationToken);

    public async Task<string?> ConclusionsAsync(ReportingPeriod period, CancellationToken cancellationToken) =>
        (await db.F2Drafts.AsNoTracking().FirstOrDefaultAsync(d => d.Period == period.ToString(), cancellationToken))?.Conclusions;

    /// <summary>The actions of the register that answer a threatened area of the period.</summary>
    public async Task<IReadOnlyList<QualityAction>> ActionsAsync(ReportingPeriod period, CancellationToken cancellationToken) =>
        await db.QualityActions.AsNoTracking().Where(a => a.Source == ActionSource.ThreatenedArea && a.Period == period.ToString()).OrderBy(a => a.Id).ToListAsync(cancellationToken);

    /// <summary>The figures of the draft, computed now: the survey with the areas the Pełnomocnik added by judgement after those the evidence found, the remarks as read, the register's complaints, and the follow-up of the previous protocol's actions.</summary>
    public async Task<F2Figures> DraftFiguresAsync(ReportingPeriod period, CancellationToken cancellationToken)
    {
        var f = WithJudgedAreas(await figures.ComputeAsync(period, null, cancellationToken), await JudgedAreasAsync(period, cancellationToken)) with
        {
            Remarks = await remarks.SummaryAsync(period, cancellationToken),
            Complaints = await Register.Reports.YearlyReportData.PeriodComplaintsAsync(db, period.Start, period.End, cancellationToken),
        };
        return f with { FollowUp = await FollowUpAsync(period, f, cancellationToken) };
    }

    /// <summary>The previous protocol's actions, each with the same figure then (frozen, if approved) and now.</summary>
    private async Task<IReadOnlyList<ActionFollowUpFigure>> FollowUpAsync(ReportingPeriod period, F2Figures now, CancellationToken cancellationToken)
    {
        var previous = period.Previous;
        var actions = await ActionsAsync(previous, cancellationToken);
        if (actions.Count == 0) return [];
        var then = await FiguresAsync(previous, cancellationToken);
        return actions.Select(a => ActionFollowUp.Follow(a.AreaTitle ?? "", ActionLabels.Kind(text, a.Kind), a.What, a.OwnerName, a.Due, ActionLabels.Status(text, a.Status), a.AreaKey ?? "", then, now)).ToList();
    }

    /// <summary>A period's survey figures as an action compares them: frozen when its protocol is approved, otherwise computed now (with the areas added by judgement).</summary>
    public async Task<F2Figures> FiguresAsync(ReportingPeriod period, CancellationToken cancellationToken) =>
        await FindApprovedAsync(period, cancellationToken) is { } frozen
            ? F2Figures.FromJson(frozen.FiguresJson)
            : WithJudgedAreas(await figures.ComputeAsync(period, null, cancellationToken), await JudgedAreasAsync(period, cancellationToken));

    public async Task<IReadOnlyList<JudgedArea>> JudgedAreasAsync(ReportingPeriod period, CancellationToken cancellationToken) =>
        await db.JudgedAreas.AsNoTracking().Where(a => a.Period == period.ToString()).OrderBy(a => a.Id).ToListAsync(cancellationToken);

    public static F2Figures WithJudgedAreas(F2Figures f, IReadOnlyList<JudgedArea> areas) =>
        areas.Count == 0 ? f : f with
        {
            Threats = [.. f.Threats, .. areas.Select(a => new ThreatenedArea("judgement:" + a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ThreatKind.Judgement, a.Title, "Obszar wskazany przez Pełnomocnika ds. SZJ z własnej oceny.", 0, null) { Reason = a.Reason })],
        };

    public async Task AddJudgedAreaAsync(JudgedArea area, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        area.CreatedAt = time.GetUtcNow();
        area.CreatedBy = user.Identity?.Name ?? AuditLog.SystemActor;
        area.CreatedById = user.FindFirstValue(ClaimTypes.NameIdentifier);
        db.JudgedAreas.Add(area);
        audit.Record(F2Audit.AreaJudged, F2Audit.SubjectType, area.Period, new { area.Title });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The places of active boxes not opened on the period's box-opening day or later (<see cref="BoxOpeningDay"/>).</summary>
    public async Task<IReadOnlyList<string>> UnopenedBoxesAsync(ReportingPeriod period, CancellationToken cancellationToken) =>
        (await Paper.BoxOpeningReminder.UnopenedAsync(db, period, cancellationToken)).Select(b => b.Location).ToList();

    public async Task<string?> UnopenedBoxesReasonAsync(ReportingPeriod period, CancellationToken cancellationToken) =>
        (await db.F2Drafts.AsNoTracking().FirstOrDefaultAsync(d => d.Period == period.ToString(), cancellationToken))?.UnopenedBoxesReason;

    /// <summary>The draft document: figures computed now, marked as a draft.</summary>
    public async Task<(F2Figures Figures, Document Document)> DraftAsync(ReportingPeriod period, CancellationToken cancellationToken)
    {
        var f = await DraftFiguresAsync(period, cancellationToken);
        var context = await ContextAsync(period, f, await ConclusionsAsync(period, cancellationToken), null, null, time.GetUtcNow(), cancellationToken);
        return (f, F2Document.Build(f, context));
    }

    /// <summary>The bytes to download: the frozen file when approved, otherwise a freshly rendered draft.</summary>
    public async Task<(byte[] Bytes, bool Frozen)> FileAsync(ReportingPeriod period, DocFormat format, CancellationToken cancellationToken)
    {
        if (await StoredFileAsync(period, format, cancellationToken) is { } frozen) return (frozen, true);
        var (_, document) = await DraftAsync(period, cancellationToken);
        return (Renderers.RenderToBytes(document, format), false);
    }

    /// <summary>The figures as JSON: the frozen copy when approved.</summary>
    public async Task<(string Json, bool Frozen)> FiguresJsonAsync(ReportingPeriod period, CancellationToken cancellationToken)
    {
        if (await FindApprovedAsync(period, cancellationToken) is { } frozen) return (frozen.FiguresJson, true);
        return ((await DraftFiguresAsync(period, cancellationToken)).ToJson(), false);
    }

    public static byte[] Stored(F2Protocol p, DocFormat format) => format switch
    {
        DocFormat.Pdf => p.Pdf,
        DocFormat.Odt => p.Odt,
        DocFormat.Docx => p.Docx,
        DocFormat.Html => p.Html,
    };

    public static string StoredHash(F2Protocol p, DocFormat format) => format switch
    {
        DocFormat.Pdf => p.PdfSha256,
        DocFormat.Odt => p.OdtSha256,
        DocFormat.Docx => p.DocxSha256,
        DocFormat.Html => p.HtmlSha256,
    };

    public static string Sha256(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();

    public async Task SaveConclusionsAsync(ReportingPeriod period, string? conclusions, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var key = period.ToString();
        var draft = await DraftRowAsync(key, cancellationToken);
        draft.Conclusions = string.IsNullOrWhiteSpace(conclusions) ? null : conclusions.Trim();
        draft.UpdatedAt = time.GetUtcNow();
        draft.UpdatedBy = user.Identity?.Name ?? AuditLog.SystemActor;
        audit.Record(F2Audit.ConclusionsSaved, F2Audit.SubjectType, key);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<F2Draft> DraftRowAsync(string key, CancellationToken cancellationToken)
    {
        var draft = await db.F2Drafts.FirstOrDefaultAsync(d => d.Period == key, cancellationToken);
        if (draft is null)
        {
            draft = new F2Draft { Period = key, UpdatedBy = "" };
            db.F2Drafts.Add(draft);
        }
        return draft;
    }

    /// <summary>Records why the protocol is approved although some boxes were not opened on the box-opening day (audited).</summary>
    public async Task SaveUnopenedBoxesReasonAsync(ReportingPeriod period, string reason, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var draft = await DraftRowAsync(period.ToString(), cancellationToken);
        draft.UnopenedBoxesReason = reason.Trim();
        draft.UpdatedAt = time.GetUtcNow();
        draft.UpdatedBy = user.Identity?.Name ?? AuditLog.SystemActor;
        audit.Record(F2Audit.UnopenedBoxesExplained, F2Audit.SubjectType, period.ToString(), new { reason = draft.UnopenedBoxesReason });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Approves and freezes: figures computed now, rendered in every format, stored with their
    /// hashes. A period that has not ended cannot be approved; an approved one is never approved again.
    /// </summary>
    /// <summary>
    /// Freezes the period's protocol. <paramref name="computed"/> is the draft's figures when the caller has
    /// just computed them (the protocol page has), so a million responses are not counted twice.
    /// </summary>
    public async Task<F2Protocol> ApproveAsync(ReportingPeriod period, ClaimsPrincipal user, string approverName, CancellationToken cancellationToken, F2Figures? computed = null)
    {
        var today = (await office.GetAsync(cancellationToken)).Today(time);
        if (today <= period.End) throw new InvalidOperationException("The period has not ended yet.");
        if (await IsApprovedAsync(period, cancellationToken)) throw new InvalidOperationException("The protocol of this period is already approved.");
        if (!period.IsYear && (await UnopenedBoxesAsync(period, cancellationToken)).Count > 0 && string.IsNullOrWhiteSpace(await UnopenedBoxesReasonAsync(period, cancellationToken)))
            throw new InvalidOperationException("Some active boxes were not opened on the period's box-opening day, and no reason is recorded.");
        var now = time.GetUtcNow();
        var conclusions = await ConclusionsAsync(period, cancellationToken);
        var f = computed ?? await DraftFiguresAsync(period, cancellationToken);
        var document = F2Document.Build(f, await ContextAsync(period, f, conclusions, approverName, now, now, cancellationToken));
        var files = Formats.ToDictionary(x => x, x => Renderers.RenderToBytes(document, x));
        var protocol = new F2Protocol
        {
            Period = period.ToString(),
            ApprovedAt = now,
            ApprovedById = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
            ApprovedBy = approverName,
            FiguresJson = f.ToJson(),
            Conclusions = conclusions,
            Pdf = files[DocFormat.Pdf],
            PdfSha256 = Sha256(files[DocFormat.Pdf]),
            Odt = files[DocFormat.Odt],
            OdtSha256 = Sha256(files[DocFormat.Odt]),
            Docx = files[DocFormat.Docx],
            DocxSha256 = Sha256(files[DocFormat.Docx]),
            Html = files[DocFormat.Html],
            HtmlSha256 = Sha256(files[DocFormat.Html]),
        };
        db.F2Protocols.Add(protocol);
        audit.Record(F2Audit.ProtocolApproved, F2Audit.SubjectType, protocol.Period,
            new { pdf = protocol.PdfSha256, odt = protocol.OdtSha256, docx = protocol.DocxSha256, html = protocol.HtmlSha256, figures = Sha256(Encoding.UTF8.GetBytes(protocol.FiguresJson)) });
        await db.SaveChangesAsync(cancellationToken);
        return protocol;
    }

    private async Task<F2DocumentContext> ContextAsync(ReportingPeriod period, F2Figures f, string? conclusions, string? approvedBy, DateTimeOffset? approvedAt, DateTimeOffset createdAt, CancellationToken cancellationToken)
    {
        var profile = await office.GetAsync(cancellationToken);
        var openings = await db.BoxOpenings.AsNoTracking()
            .Where(o => o.OpenedOn >= period.Start && o.OpenedOn <= period.End)
            .Select(o => new { o.Id, o.SurveyBoxId, o.FormCount, o.DoubleEntry, o.OpenedOn })
            .ToListAsync(cancellationToken);
        var boxes = await db.SurveyBoxes.AsNoTracking().OrderBy(b => b.Id).Select(b => new { b.Id, b.Location, b.IsActive }).ToListAsync(cancellationToken);
        var ids = openings.Select(o => o.Id).ToList();
        var entries = await db.PaperEntries.AsNoTracking().Where(e => ids.Contains(e.BoxOpeningId))
            .GroupBy(e => e.Pass).Select(g => new { Pass = g.Key, Count = g.Count(), Blank = g.Count(e => e.BlankForm) })
            .ToListAsync(cancellationToken);
        var paper = new PaperProcessing(
            boxes.Where(b => b.IsActive || openings.Any(o => o.SurveyBoxId == b.Id)).Select(b => new BoxFigures(b.Location,
                openings.Count(o => o.SurveyBoxId == b.Id), openings.Where(o => o.SurveyBoxId == b.Id).Sum(o => o.FormCount),
                openings.Count(o => o.SurveyBoxId == b.Id && o.DoubleEntry),
                openings.Where(o => o.SurveyBoxId == b.Id).Select(o => (DateOnly?)o.OpenedOn).Max())).ToList(),
            entries.Sum(e => e.Count),
            entries.Where(e => e.Pass == 2).Sum(e => e.Count),
            entries.Where(e => e.Pass == 3).Sum(e => e.Count),
            entries.Where(e => e.Pass == 1).Sum(e => e.Blank),
            f.Paper);
        var threatTitles = f.Threats.ToDictionary(t => t.Key, t => t.Title, StringComparer.Ordinal);
        var actions = (await ActionsAsync(period, cancellationToken))
            .Select(a => new ActionLine(threatTitles.GetValueOrDefault(a.AreaKey ?? "", a.AreaTitle ?? ""), a.Number, ActionLabels.Kind(text, a.Kind), a.What, a.OwnerName, a.Due, ActionLabels.Status(text, a.Status)))
            .ToList();
        return new F2DocumentContext(profile.Name, paper, actions, conclusions, approvedBy, approvedAt, createdAt)
        {
            BoxOpeningDay = period.IsYear ? null : BoxOpeningDay.For(period),
            UnopenedBoxes = period.IsYear ? [] : await UnopenedBoxesAsync(period, cancellationToken),
            UnopenedBoxesReason = await UnopenedBoxesReasonAsync(period, cancellationToken),
            TimeZone = profile.TimeZone,
            Distribution = options.Value.Distribution ?? AnalysisOptions.DefaultDistribution,
            Records = await RecordChains.StampAsync(db, cancellationToken),
        };
    }
}

public static class AnalysisServices
{
    public static IServiceCollection AddAnalysis(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AnalysisOptions>(configuration.GetSection("Analysis"));
        services.AddScoped<F2FiguresService>();
        services.AddSingleton<F2FiguresCache>();
        services.AddScoped<F2Protocols>();
        services.AddScoped<F2Remarks>();
        services.AddHostedService<F2WarmUp>();
        services.AddScoped<F2Due>();
        return services;
    }
}

/// <summary>An approved protocol as its page shows it: who and when, the frozen figures and the files' hashes.</summary>
public sealed record ApprovedProtocol(
    DateTimeOffset ApprovedAt, string ApprovedBy, string FiguresJson, string? Conclusions,
    string PdfSha256, string OdtSha256, string DocxSha256, string HtmlSha256)
{
    public string Hash(DocFormat format) => format switch
    {
        DocFormat.Pdf => PdfSha256,
        DocFormat.Odt => OdtSha256,
        DocFormat.Docx => DocxSha256,
        DocFormat.Html => HtmlSha256,
    };
}
