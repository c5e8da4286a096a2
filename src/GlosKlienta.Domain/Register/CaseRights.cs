using GlosKlienta.Domain.Staff;

namespace GlosKlienta.Domain.Register;

/// <summary>The steps of a case's handling, as the rights know them.</summary>
public enum CaseStep
{
    Classify,
    Route,
    Assign,
    /// <summary>Forwarding to another body (art. 231, 243 KPA; art. 6 ustawy o petycjach); closes the case.</summary>
    Forward,
    /// <summary>Passing a case the council is competent for to the council's chair (art. 231 KPA); the case stays open.</summary>
    ForwardToCouncil,
    Delay,
    /// <summary>Recording the art. 237 § 2 KPA notice sent to the poseł, senator or radny.</summary>
    MemberNotice,
    Link,
    Remarks,
    Leave,
    /// <summary>Recording a call to clarify or complete the letter, its delivery and the answer (§ 8 ust. 2 of the rozporządzenie; art. 7 ust. 2 ustawy o petycjach).</summary>
    Clarify,
    /// <summary>Uploading and publishing a petycja's redacted copy (art. 8 ust. 1 ustawy o petycjach).</summary>
    PublishScan,
    /// <summary>Ordering joint handling of petitions on the same matter and joining further ones (art. 11 ustawy o petycjach).</summary>
    Joint,
    /// <summary>Deciding the case: recording the outcome and the reply.</summary>
    Close,
}

/// <summary>
/// Who may take which step on a case. The register keeper, the Burmistrz and the deputy manage cases (classify, route,
/// assign, forward, link, leave); whoever may read a case records delays, remarks and the outcome. A case the council
/// is competent for (art. 229 pkt 3 KPA: about the Burmistrz or a head of a municipal unit) is examined by the
/// council's komisja skarg, wniosków i petycji (art. 18b ustawy o samorządzie gminnym) and decided by the council's
/// resolution: the Burmistrz and the deputies may see it and pass it to the council's chair, but neither decide,
/// re-route nor close it; only the register keeper (who records the resolution) and the council's members close it.
/// Pure.
/// </summary>
public static class CaseRights
{
    public static readonly IReadOnlyList<string> ManagingRoles = [Roles.ProwadzacyRejestr, Roles.Burmistrz, Roles.ZastepcaBurmistrza];

    public static bool IsCouncilCase(CompetentBody body) => body == CompetentBody.RadaGminy;

    /// <summary>Whether the roles include the Burmistrz or a deputy: the executive whose work a council case examines.</summary>
    public static bool IsExecutive(IEnumerable<string> roles) =>
        roles.Any(r => r is Roles.Burmistrz or Roles.ZastepcaBurmistrza);

    public static bool Manages(IEnumerable<string> roles) => roles.Any(ManagingRoles.Contains);

    /// <summary>Whether someone with <paramref name="roles"/> may read a case of <paramref name="body"/> (assigned to them or not).</summary>
    public static bool MayRead(CompetentBody body, IReadOnlyCollection<string> roles, bool assignedToThem) =>
        Manages(roles) || assignedToThem || (roles.Contains(Roles.RadaGminy) && IsCouncilCase(body));

    public static bool May(CaseStep step, CompetentBody body, IReadOnlyCollection<string> roles, bool assignedToThem)
    {
        ArgumentNullException.ThrowIfNull(roles);
        if (!MayRead(body, roles, assignedToThem)) return false;
        var council = IsCouncilCase(body);
        if (council && IsExecutive(roles) && step is not (CaseStep.ForwardToCouncil or CaseStep.Link or CaseStep.Remarks)) return false;
        return step switch
        {
            CaseStep.Classify or CaseStep.Route or CaseStep.Assign or CaseStep.Forward or CaseStep.Link or CaseStep.Leave or CaseStep.PublishScan or CaseStep.Joint => Manages(roles),
            CaseStep.ForwardToCouncil => council && Manages(roles),
            // The council decides by resolution: the keeper records it, or the council's members do.
            CaseStep.Close when council => roles.Contains(Roles.ProwadzacyRejestr) || roles.Contains(Roles.RadaGminy),
            CaseStep.Close or CaseStep.Delay or CaseStep.MemberNotice or CaseStep.Remarks or CaseStep.Clarify => true,
            _ => throw new ArgumentOutOfRangeException(nameof(step), step, "Unknown step."),
        };
    }
}
