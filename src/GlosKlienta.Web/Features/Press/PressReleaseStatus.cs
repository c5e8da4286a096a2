
namespace GlosKlienta.Web.Features.Press;

public enum PressReleaseStatus
{
    /// <summary>Being written (also a correction of a published release before it is approved).</summary>
    Draft,
    AwaitingApproval,
    Returned,
    /// <summary>Approved and frozen as a version; public from its publication moment.</summary>
    Approved,
}
