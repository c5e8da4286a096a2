
namespace GlosKlienta.Web.Features.Analysis;

public enum ProposedActionStatus
{
    /// <summary>Proposed in the protocol; not yet taken over by the corrective-action register.</summary>
    Proposed = 1,
    InProgress = 2,
    Done = 3,
    Cancelled = 4,
}
