
namespace GlosKlienta.Web.Features.Analysis;

public enum ProposedActionKind
{
    /// <summary>Działanie zapobiegawcze.</summary>
    Preventive = 1,
    /// <summary>Audit w obszarze zagrożonym.</summary>
    Audit = 2,
}
