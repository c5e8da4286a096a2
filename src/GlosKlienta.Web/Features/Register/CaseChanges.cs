using System.Security.Claims;

namespace GlosKlienta.Web.Features.Register;

/// <summary>Writes a change of a case: the case's own history (who, when, old to new) and the audit log (ids only), in one save.</summary>
public sealed class CaseChanges(AppDbContext db, AuditLog audit, TimeProvider time, IHttpContextAccessor http)
{
    public void Log(RegisterCase c, string action, string? oldValue, string? newValue, string? note = null)
    {
        var user = http.HttpContext?.User;
        var e = new RegisterCaseEvent
        {
            RegisterCaseId = c.Id,
            At = time.GetUtcNow(),
            ActorId = user?.FindFirstValue(ClaimTypes.NameIdentifier),
            Actor = user?.Identity?.Name ?? AuditLog.SystemActor,
            Action = action,
            OldValue = Trunc(oldValue),
            NewValue = Trunc(newValue),
            Note = note,
        };
        db.RegisterCaseEvents.Add(e);
        audit.Record(action == RegisterActions.Closed ? RegisterActions.CaseClosed : RegisterActions.CaseChanged,
            RegisterActions.Subject, c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), new { change = action });
        c.Version = Guid.NewGuid();
    }

    private static string? Trunc(string? s) => s is null ? null : s.Length <= 2000 ? s : s[..2000];

    public Task SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);
}
