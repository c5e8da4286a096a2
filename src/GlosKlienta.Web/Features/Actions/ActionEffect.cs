using GlosKlienta.Domain.Actions;
using GlosKlienta.Domain.Analysis;
using GlosKlienta.Domain.Register;
using GlosKlienta.Web.Features.Analysis;

namespace GlosKlienta.Web.Features.Actions;

/// <summary>What the data say about an action's effect, with what it was judged by: the area's figure then and now, or the later complaints.</summary>
public sealed record ActionEffectView(EffectFinding Finding, ActionFollowUpFigure? Figure, string? NextPeriod, IReadOnlyList<LaterComplaint> LaterComplaints, string? UnitName);

/// <summary>
/// Gathers the evidence for an action's effectiveness check (<see cref="Effectiveness"/>): for an action from a threatened
/// area, the same figure in its protocol and in the next approved one; for one from a justified skarga, the complaints
/// about the same unit received after it was done.
/// </summary>
public sealed class ActionEffects(AppDbContext db, F2Protocols protocols)
{
    public async Task<ActionEffectView?> ForAsync(QualityAction action, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        switch (action.Source)
        {
            case ActionSource.ThreatenedArea when ReportingPeriod.TryParse(action.Period, out var period) && action.AreaKey is { } key:
            {
                var next = period.Next;
                if (!await protocols.IsApprovedAsync(next, cancellationToken))
                    return new ActionEffectView(Effectiveness.FromSurvey(null), null, next.PolishName, [], null);
                var then = await protocols.FiguresAsync(period, cancellationToken);
                var now = await protocols.FiguresAsync(next, cancellationToken);
                var figure = ActionFollowUp.Follow(action.AreaTitle ?? "", "", action.What, action.OwnerName, action.Due, "", key, then, now);
                return new ActionEffectView(Effectiveness.FromSurvey(figure), figure, next.PolishName, [], null);
            }
            case ActionSource.Complaint when action.RegisterCaseId is { } caseId:
            {
                var source = await db.RegisterCases.AsNoTracking().Where(c => c.Id == caseId).Select(c => new { c.ConcernsUnitId }).FirstOrDefaultAsync(cancellationToken);
                if (source?.ConcernsUnitId is not { } unitId)
                    return new ActionEffectView(new EffectFinding(EffectProposal.CannotJudge, EffectReason.NotMeasurable), null, null, [], null);
                var unit = await db.OrganisationalUnits.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Name).FirstOrDefaultAsync(cancellationToken);
                var since = action.DoneOn ?? today;
                var later = (await db.RegisterCases.AsNoTracking()
                        .Where(c => c.Id != caseId && c.Kind == CaseKind.Skarga && c.ConcernsUnitId == unitId && c.ReceivedOn > since)
                        .OrderBy(c => c.ReceivedOn)
                        .Select(c => new { c.Id, c.RegisterNumber, c.ReceivedOn, c.ClosedOn, c.Outcome })
                        .ToListAsync(cancellationToken))
                    .Select(c => new LaterComplaint(c.Id, c.RegisterNumber, c.ReceivedOn, c.ClosedOn is null ? null : Effectiveness.Justified(c.Outcome) ?? false))
                    .ToList();
                var finding = action.DoneOn is { } done ? Effectiveness.FromComplaints(done, today, later) : new EffectFinding(EffectProposal.CannotJudge, EffectReason.TooEarly);
                return new ActionEffectView(finding, null, null, later, unit);
            }
            default:
                return null;
        }
    }
}
