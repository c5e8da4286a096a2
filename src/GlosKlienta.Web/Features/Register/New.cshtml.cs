using GlosKlienta.Domain.Register;
using GlosKlienta.Web.Features.Directory;

namespace GlosKlienta.Web.Features.Register;

/// <summary>
/// The register keeper records a case that arrived on paper, by e-mail, fax, ePUAP / e-Doręczenia, through the
/// press (art. 248 KPA) or orally (the protocol's date, name, address and summary). The case gets the next
/// number of its year; the competent body and the term follow from what it is about.
/// </summary>
[Authorize(Policy = Policies.RegisterKeeping)]
[RequestSizeLimit(AttachmentCheck.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = AttachmentCheck.MaxRequestBytes)]
public sealed class NewModel(AppDbContext db, CaseRegistration registration, OfficeProfileProvider office, TimeProvider time, IStringLocalizer<SharedResource> text) : PageModel
{
    public static readonly CaseChannel[] StaffChannels =
        [CaseChannel.Papier, CaseChannel.Email, CaseChannel.Faks, CaseChannel.EDoreczenia, CaseChannel.Prasa, CaseChannel.Ustnie];

    [BindProperty] public string? Channel { get; set; }
    [BindProperty] public string? ReceivedOn { get; set; }
    [BindProperty] public string? DeliveryReference { get; set; }
    [BindProperty] public string? SenderKind { get; set; }
    [BindProperty] public string? MemberName { get; set; }
    [BindProperty] public string? MemberAddress { get; set; }
    [BindProperty] public string? SenderName { get; set; }
    [BindProperty] public string? SenderAddress { get; set; }
    [BindProperty] public string? SenderEmail { get; set; }
    [BindProperty] public string? Subject { get; set; }
    [BindProperty] public string? Summary { get; set; }
    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public string? KindReason { get; set; }
    [BindProperty] public string? NotHandledReason { get; set; }
    [BindProperty] public string? Concerns { get; set; }
    [BindProperty] public string? ConcernsStaffUserId { get; set; }
    [BindProperty] public int? ConcernsUnitId { get; set; }
    [BindProperty] public string? ConcernsText { get; set; }
    [BindProperty] public bool PetitionNameConsent { get; set; }
    [BindProperty] public bool PetitionForThirdParty { get; set; }
    [BindProperty] public bool PetitionThirdPartyConsent { get; set; }
    [BindProperty] public bool PetitionThirdPartyNameConsent { get; set; }
    [BindProperty] public bool PetitionGroup { get; set; }
    [BindProperty] public string? PetitionRepresentative { get; set; }
    [BindProperty] public string? PetitionThirdPartyName { get; set; }
    [BindProperty] public string? EarlierCaseNumber { get; set; }
    [BindProperty] public string? Remarks { get; set; }
    [BindProperty] public List<IFormFile> Attachments { get; set; } = [];

    public FormErrors Errors { get; } = new();
    public bool FilesDropped { get; private set; }
    public IReadOnlyList<StaffMember> Staff { get; private set; } = [];
    public IReadOnlyList<OrganisationalUnit> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        ReceivedOn = RegisterForms.Iso((await office.GetAsync(cancellationToken)).Today(time));
        SenderKind = nameof(Domain.Register.SenderKind.Obywatel);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Staff = await StaffDirectory.ActiveAsync(db, cancellationToken);
        Units = await db.OrganisationalUnits.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.SortOrder).ToListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var today = (await office.GetAsync(cancellationToken)).Today(time);
        CaseChannel? channel = EnumNames.TryParse<CaseChannel>(Channel, out var ch) && StaffChannels.Contains(ch) ? ch : null;
        if (channel is null) Errors.Add("kanal-Papier", text["Register.Error.ChannelMissing"]);
        var received = RegisterFields.Date(ReceivedOn, "data-wplywu", today, Errors, text);
        DeliveryReference = DeliveryReference?.Trim();
        if (channel is CaseChannel.EDoreczenia or CaseChannel.Prasa && string.IsNullOrEmpty(DeliveryReference))
            Errors.Add("sygnatura-doreczenia", text[channel == CaseChannel.Prasa ? "Register.Error.PressMissing" : "Register.Error.DeliveryMissing"]);
        var senderKind = EnumNames.TryParse<SenderKind>(SenderKind, out var sk) ? sk : Domain.Register.SenderKind.Obywatel;
        SenderName = SenderName?.Trim();
        SenderAddress = SenderAddress?.Trim();
        SenderEmail = SenderEmail?.Trim();
        if (channel == CaseChannel.Ustnie && string.IsNullOrEmpty(SenderName)) Errors.Add("nadawca", text["Register.Error.OralNameMissing"]);
        if (channel == CaseChannel.Ustnie && string.IsNullOrEmpty(SenderAddress)) Errors.Add("adres", text["Register.Error.OralAddressMissing"]);
        if (!string.IsNullOrEmpty(SenderEmail) && !RegisterForms.IsEmail(SenderEmail)) Errors.Add("email", text["Register.Error.EmailInvalid"]);
        if (string.IsNullOrWhiteSpace(Subject)) Errors.Add("temat", text["Register.Error.SubjectMissing"]);
        if (string.IsNullOrWhiteSpace(Summary)) Errors.Add("streszczenie", text["Register.Error.SummaryMissing"]);
        CaseKind? kind = EnumNames.TryParse<CaseKind>(Kind, out var k) ? k : null;
        if (kind is null) Errors.Add("rodzaj-Skarga", text["Register.Error.StaffKindMissing"]);
        NotHandledReason? notHandled = EnumNames.TryParse<NotHandledReason>(NotHandledReason, out var nh) ? nh : null;
        if (kind == CaseKind.NieRozpatrywanaWTrybieDzialuVIII && notHandled is null)
            Errors.Add("powod-SkargaWSprawieWToku", text["Register.Error.NotHandledReasonMissing"]);
        if (kind == CaseKind.Petycja && channel is { } petitionChannel)
        {
            foreach (var p in PetitionRules.CheckFiling(new PetitionFiling(petitionChannel, SenderEmail, PetitionForThirdParty, PetitionThirdPartyName,
                PetitionThirdPartyConsent, PetitionGroup, PetitionRepresentative)))
            {
                var (field, key) = p switch
                {
                    PetitionProblem.Oral => ("rodzaj-Skarga", "Register.Error.OralPetition"),
                    PetitionProblem.ElectronicWithoutEmail => ("email", "Register.Error.PetitionEmailMissing"),
                    PetitionProblem.ThirdPartyNameMissing => ("osoba-trzecia-nazwa", "Register.Error.ThirdPartyNameMissing"),
                    PetitionProblem.ThirdPartyConsentMissing => ("osoba-trzecia-zgoda", "Register.Error.ThirdPartyConsentMissing"),
                    PetitionProblem.GroupRepresentativeMissing => ("reprezentant", "Register.Error.RepresentativeMissing"),
                    _ => throw new InvalidOperationException("Unknown petition problem."),
                };
                Errors.Add(field, text[key]);
            }
        }
        CaseConcerns? concerns = EnumNames.TryParse<CaseConcerns>(Concerns, out var cc) ? cc : null;
        var concernsStaff = Staff.FirstOrDefault(s => s.Id == ConcernsStaffUserId);
        var earlier = await RegisterFields.EarlierCaseAsync(db, EarlierCaseNumber, "wczesniejsza", Errors, text, cancellationToken);
        var files = await FileUploads.ReadAsync(Attachments, "zalaczniki", Errors, text, cancellationToken);
        if (Errors.Any)
        {
            FilesDropped = Attachments.Count > 0;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var c = await registration.RegisterAsync(new NewCase(
            received!.Value, channel!.Value, DeliveryReference, SenderName, SenderAddress, SenderEmail, senderKind,
            Subject!, Summary!, kind!.Value, KindReason, notHandled, concerns, concernsStaff?.Id, concernsStaff?.Name,
            Units.Any(u => u.Id == ConcernsUnitId) ? ConcernsUnitId : null, ConcernsText,
            PetitionNameConsent, PetitionForThirdParty, PetitionThirdPartyName, earlier?.Id, Remarks, MemberName: MemberName, MemberAddress: MemberAddress,
            PetitionThirdPartyConsent: PetitionThirdPartyConsent, PetitionThirdPartyNameConsent: PetitionThirdPartyNameConsent, PetitionGroup: PetitionGroup, PetitionRepresentative: PetitionRepresentative), files, User, cancellationToken);
        TempData[CaseModel.Flash] = text["Register.Registered", c.RegisterNumber].Value;
        Response.Headers.Location = CaseModel.PathOf(c.Id);
        return StatusCode(StatusCodes.Status303SeeOther);
    }
}

/// <summary>Field parsing shared by the staff forms.</summary>
public static class RegisterFields
{
    public static DateOnly? Date(string? value, string field, DateOnly today, FormErrors errors, IStringLocalizer text, bool required = true, bool allowFuture = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) errors.Add(field, text["Register.Error.DateMissing"]);
            return null;
        }
        if (!DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            errors.Add(field, text["Register.Error.DateInvalid"]);
            return null;
        }
        if (!allowFuture && d > today)
        {
            errors.Add(field, text["Register.Error.DateInFuture"]);
            return null;
        }
        if (d > today.AddYears(2) || d < StatutoryDeadline.EarliestSupported)
        {
            errors.Add(field, text["Register.Error.DateOutOfRange"]);
            return null;
        }
        return d;
    }

    public static async Task<Features.Register.RegisterCase?> EarlierCaseAsync(AppDbContext db, string? number, string field, FormErrors errors, IStringLocalizer text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(number)) return null;
        var parsed = CaseNumbers.Parse(number);
        var found = parsed is { } p ? await db.RegisterCases.AsNoTracking().FirstOrDefaultAsync(c => c.Year == p.Year && c.Number == p.Number, cancellationToken) : null;
        if (found is null) errors.Add(field, text["Register.Error.EarlierNotFound"]);
        return found;
    }
}
