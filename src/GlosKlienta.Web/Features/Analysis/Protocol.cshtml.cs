using GlosKlienta.Domain.Actions;
using GlosKlienta.Domain.Analysis;
using GlosKlienta.Web.Features.Actions;
using DocFormat = GlosKlienta.Documents.DocumentFormat;

namespace GlosKlienta.Web.Features.Analysis;

/// <summary>
/// The F2 protocol of one period (or the annual analysis of a year): the draft with its threatened
/// areas, the Pełnomocnik's conclusions and proposed actions, approval, and downloads. Once
/// approved, the page shows the frozen record's hashes and downloads return the stored bytes.
/// </summary>
[Authorize(Policy = Policies.SurveyResults)]
public sealed class ProtocolModel(
    F2Protocols protocols,
    ActionRegister register,
    AppDbContext db,
    OfficeProfileProvider office,
    TimeProvider time,
    UserManager<StaffUser> users,
    IAuthorizationService authorization,
    IStringLocalizer<SharedResource> text) : PageModel
{
    public static readonly IReadOnlyDictionary<string, DocFormat> FormatCodes = new Dictionary<string, DocFormat>(StringComparer.Ordinal)
    {
        ["pdf"] = DocFormat.Pdf,
        ["odt"] = DocFormat.Odt,
        ["docx"] = DocFormat.Docx,
        ["html"] = DocFormat.Html,
    };

    [BindProperty] public string? Conclusions { get; set; }
    [BindProperty] public string? AreaKey { get; set; }
    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public string? What { get; set; }
    [BindProperty] public int? OwnerPostId { get; set; }
    [BindProperty] public string? Due { get; set; }
    [BindProperty] public string? JudgedTitle { get; set; }
    [BindProperty] public string? JudgedReason { get; set; }
    [BindProperty] public string? UnopenedReason { get; set; }

    /// <summary>Active boxes not opened on the period's box-opening day or later: approval needs them opened or a reason.</summary>
    public IReadOnlyList<string> UnopenedBoxes { get; private set; } = [];
    /// <summary>The office's time zone: the approval is shown on its clock.</summary>
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;
    public DateOnly? OpeningDay { get; private set; }

    public ReportingPeriod Period { get; private set; }
    public ApprovedProtocol? Frozen { get; private set; }
    public F2Figures? Figures { get; private set; }
    public IReadOnlyList<QualityAction> Actions { get; private set; } = [];
    public IReadOnlyList<OwnerPost> Owners { get; private set; } = [];
    public bool MayEdit { get; private set; }
    public bool Ended { get; private set; }
    public FormErrors Errors { get; } = new();
    public string? Saved { get; private set; }

    private async Task<bool> LoadAsync(string okres, CancellationToken cancellationToken)
    {
        if (!ReportingPeriod.TryParse(okres, out var period)) return false;
        Period = period;
        Frozen = await protocols.FindApprovedAsync(period, cancellationToken);
        Figures = Frozen is null ? await protocols.DraftFiguresAsync(period, cancellationToken) : F2Figures.FromJson(Frozen.FiguresJson);
        Actions = await protocols.ActionsAsync(period, cancellationToken);
        MayEdit = Frozen is null && (await authorization.AuthorizeAsync(User, Policies.F2Protocol)).Succeeded;
        if (MayEdit) Owners = await ActionOwners.ListAsync(db, cancellationToken);
        var profile = await office.GetAsync(cancellationToken);
        Zone = profile.TimeZone;
        Ended = profile.Today(time) > period.End;
        if (Frozen is null && !period.IsYear)
        {
            OpeningDay = BoxOpeningDay.For(period);
            UnopenedBoxes = await protocols.UnopenedBoxesAsync(period, cancellationToken);
            UnopenedReason ??= await protocols.UnopenedBoxesReasonAsync(period, cancellationToken);
        }
        return true;
    }

    /// <summary>
    /// Loads the period for a change to its draft: null when the change may go on, otherwise the answer
    /// (not found, forbidden, or the page saying the protocol is already approved).
    /// </summary>
    private async Task<IActionResult?> RefuseChangeAsync(string okres, bool keepPostedConclusions, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(okres, cancellationToken)) return NotFound();
        if (!(await authorization.AuthorizeAsync(User, Policies.F2Protocol)).Succeeded) return Forbid();
        if (!keepPostedConclusions) Conclusions = await protocols.ConclusionsAsync(Period, cancellationToken);
        if (Frozen is null) return null;
        Errors.Add("", text["Analysis.AlreadyApproved"]);
        return Page();
    }

    public async Task<IActionResult> OnGetAsync(string okres, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(okres, cancellationToken)) return NotFound();
        Conclusions = Frozen?.Conclusions ?? await protocols.ConclusionsAsync(Period, cancellationToken);
        Saved = TempData["Saved"] as string;
        return Page();
    }

    /// <summary>A download: the frozen bytes once approved, else a draft rendered now (marked as a draft inside).</summary>
    public async Task<IActionResult> OnGetFileAsync(string okres, string? format, CancellationToken cancellationToken)
    {
        if (!ReportingPeriod.TryParse(okres, out var period)) return NotFound();
        var name = $"F2-{period}";
        if (format == "json")
        {
            var (json, frozenJson) = await protocols.FiguresJsonAsync(period, cancellationToken);
            return File(System.Text.Encoding.UTF8.GetBytes(json), "application/json", name + (frozenJson ? "" : "-projekt") + ".json");
        }
        if (format is null || !FormatCodes.TryGetValue(format, out var f)) return NotFound();
        var (bytes, frozen) = await protocols.FileAsync(period, f, cancellationToken);
        return File(bytes, Documents.FormatInfo.MediaType(f), name + (frozen ? "" : "-projekt") + Documents.FormatInfo.Extension(f));
    }

    public async Task<IActionResult> OnPostConclusionsAsync(string okres, CancellationToken cancellationToken)
    {
        if (await RefuseChangeAsync(okres, keepPostedConclusions: true, cancellationToken) is { } refused) return refused;
        if (Conclusions is { Length: > 20_000 })
        {
            Errors.Add(nameof(Conclusions), text["Analysis.ConclusionsTooLong"]);
            return Page();
        }
        await protocols.SaveConclusionsAsync(Period, Conclusions, User, cancellationToken);
        TempData["Saved"] = text["Analysis.ConclusionsSaved"].Value;
        return Redirect($"/personel/analiza/protokol/{Period}");
    }

    public async Task<IActionResult> OnPostActionAsync(string okres, CancellationToken cancellationToken)
    {
        if (await RefuseChangeAsync(okres, keepPostedConclusions: false, cancellationToken) is { } refused) return refused;
        var area = Figures!.Threats.Concat(Figures.Watch).FirstOrDefault(t => t.Key == AreaKey);
        if (area is null) Errors.Add(nameof(AreaKey), text["Analysis.Action.AreaMissing"]);
        var kind = Kind == "audit" ? ActionKind.Audit : ActionKind.Preventive;
        if (Kind is not ("audit" or "zapobiegawcze")) Errors.Add(nameof(Kind), text["Analysis.Action.KindMissing"]);
        if (string.IsNullOrWhiteSpace(What)) Errors.Add(nameof(What), text["Analysis.Action.WhatMissing"]);
        else if (What.Length > 2000) Errors.Add(nameof(What), text["Analysis.Action.WhatTooLong"]);
        var owner = await ActionOwners.FindAsync(db, OwnerPostId, cancellationToken);
        if (owner is null) Errors.Add(nameof(OwnerPostId), text["Actions.Error.OwnerMissing"]);
        var today = (await office.GetAsync(cancellationToken)).Today(time);
        if (!DateOnly.TryParseExact(Due?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due)
            && !DateOnly.TryParseExact(Due?.Trim(), "d.M.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out due))
            Errors.Add(nameof(Due), text["Analysis.Action.DueInvalid"]);
        else if (due < today) Errors.Add(nameof(Due), text["Analysis.Action.DuePast"]);
        if (Errors.Any) return Page();
        await register.CreateAsync(new QualityAction
        {
            Source = ActionSource.ThreatenedArea,
            Period = Period.ToString(),
            AreaKey = area!.Key,
            AreaTitle = area.Title,
            Finding = area.Title,
            Kind = kind,
            What = What!.Trim(),
            OwnerPostId = owner!.Id,
            OwnerName = owner.Name,
            Due = due,
            CreatedBy = "",
        }, User, cancellationToken);
        TempData["Saved"] = text["Analysis.Action.Saved"].Value;
        return Redirect($"/personel/analiza/protokol/{Period}#dzialania");
    }

    public async Task<IActionResult> OnPostJudgedAreaAsync(string okres, CancellationToken cancellationToken)
    {
        if (await RefuseChangeAsync(okres, keepPostedConclusions: false, cancellationToken) is { } refused) return refused;
        if (string.IsNullOrWhiteSpace(JudgedTitle)) Errors.Add(nameof(JudgedTitle), text["Analysis.Judged.TitleMissing"]);
        else if (JudgedTitle.Length > 300) Errors.Add(nameof(JudgedTitle), text["Analysis.Judged.TitleTooLong"]);
        if (string.IsNullOrWhiteSpace(JudgedReason)) Errors.Add(nameof(JudgedReason), text["Analysis.Judged.ReasonMissing"]);
        else if (JudgedReason.Length > 2000) Errors.Add(nameof(JudgedReason), text["Analysis.Judged.ReasonTooLong"]);
        if (Errors.Any) return Page();
        await protocols.AddJudgedAreaAsync(new JudgedArea { Period = Period.ToString(), Title = JudgedTitle!.Trim(), Reason = JudgedReason!.Trim(), CreatedBy = "" }, User, cancellationToken);
        TempData["Saved"] = text["Analysis.Judged.Saved"].Value;
        return Redirect($"/personel/analiza/protokol/{Period}#zagrozenia");
    }

    public async Task<IActionResult> OnPostApproveAsync(string okres, CancellationToken cancellationToken)
    {
        if (await RefuseChangeAsync(okres, keepPostedConclusions: false, cancellationToken) is { } refused) return refused;
        if (!Ended)
        {
            Errors.Add("", text["Analysis.NotEnded", Period.PolishName]);
            return Page();
        }
        if (UnopenedBoxes.Count > 0)
        {
            if (string.IsNullOrWhiteSpace(UnopenedReason))
            {
                Errors.Add(nameof(UnopenedReason), text["Analysis.UnopenedBoxes.ReasonMissing", string.Join("; ", UnopenedBoxes), OpeningDay!.Value.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)]);
                return Page();
            }
            if (UnopenedReason.Length > 2000)
            {
                Errors.Add(nameof(UnopenedReason), text["Analysis.UnopenedBoxes.ReasonTooLong"]);
                return Page();
            }
            await protocols.SaveUnopenedBoxesReasonAsync(Period, UnopenedReason, User, cancellationToken);
        }
        var user = await users.GetUserAsync(User);
        await protocols.ApproveAsync(Period, User, user?.DisplayName ?? User.Identity?.Name ?? "", cancellationToken, Figures);
        TempData["Saved"] = text["Analysis.Approved"].Value;
        return Redirect($"/personel/analiza/protokol/{Period}");
    }
}
