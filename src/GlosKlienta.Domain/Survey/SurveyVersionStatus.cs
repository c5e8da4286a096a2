namespace GlosKlienta.Domain.Survey;

/// <summary>Where a survey version stands in the procedure's row 7: drafted by the Pełnomocnik, approved by the Z-ca Burmistrza.</summary>
public enum SurveyVersionStatus
{
    Draft = 1,
    AwaitingApproval = 2,
    Returned = 3,
    Approved = 4,
}
