
namespace GlosKlienta.Web.Features.Register.Reminders;

/// <summary>
/// One open case whose deadline needs a warning now. <see cref="Threshold"/> is the key stored with the warning: for
/// the handling term the warning's threshold, for the other deadlines prefixed with their article ("237-2-dni").
/// </summary>
public sealed record TermAlert(int CaseId, string RegisterNumber, string Subject, DateOnly DueOn, int DaysLeft, string Threshold, string? AssignedToId, TermPurpose Purpose = TermPurpose.Handling)
{
    public static string Key(TermPurpose purpose, string threshold) => purpose switch
    {
        TermPurpose.MemberNotice => "237-" + threshold,
        TermPurpose.CouncilForwarding => "231-" + threshold,
        _ => threshold,
    };
}
