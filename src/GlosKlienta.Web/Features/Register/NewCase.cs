using GlosKlienta.Domain.Register;

namespace GlosKlienta.Web.Features.Register;

/// <summary>A case as it arrives, before it has a number.</summary>
public sealed record NewCase(
    DateOnly ReceivedOn,
    CaseChannel Channel,
    string? DeliveryReference,
    string? SenderName,
    string? SenderAddress,
    string? SenderEmail,
    SenderKind SenderKind,
    string Subject,
    string Summary,
    CaseKind Kind,
    string? KindReason = null,
    NotHandledReason? NotHandledReason = null,
    CaseConcerns? Concerns = null,
    string? ConcernsStaffUserId = null,
    string? ConcernsStaffName = null,
    int? ConcernsUnitId = null,
    string? ConcernsText = null,
    bool PetitionNameConsent = false,
    bool PetitionForThirdParty = false,
    string? PetitionThirdPartyName = null,
    int? EarlierCaseId = null,
    string? Remarks = null,
    Guid? SubmissionKey = null,
    string? MemberName = null,
    string? MemberAddress = null,
    bool PetitionThirdPartyConsent = false,
    bool PetitionThirdPartyNameConsent = false,
    bool PetitionGroup = false,
    string? PetitionRepresentative = null);
