using System.Security.Claims;
using System.Text.Json;

namespace GlosKlienta.Web.Features.Audit;

/// <summary>
/// Writes the append-only audit log. <see cref="Record"/> adds the entry to the same
/// <see cref="AppDbContext"/> as the change it describes, so both are saved in one transaction
/// or not at all; <see cref="RecordNowAsync"/> is for events with nothing else to save (sign-ins).
/// Entries name the record, never copy personal data into the log.
/// </summary>
public sealed class AuditLog(AppDbContext db, IHttpContextAccessor http, TimeProvider time)
{
    public const string SystemActor = "system";

    private static readonly JsonSerializerOptions DetailsJson = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public AuditEntry Record(string action, string? subjectType = null, string? subjectId = null, object? details = null, ClaimsPrincipal? actor = null)
    {
        var user = actor ?? http.HttpContext?.User;
        var entry = new AuditEntry
        {
            At = time.GetUtcNow(),
            ActorId = user?.FindFirstValue(ClaimTypes.NameIdentifier),
            Actor = user?.Identity?.IsAuthenticated == true ? user.Identity.Name ?? SystemActor : SystemActor,
            Action = action,
            SubjectType = subjectType,
            SubjectId = subjectId,
            Details = details switch
            {
                null => null,
                string text => text,
                _ => JsonSerializer.Serialize(details, DetailsJson),
            },
        };
        db.AuditEntries.Add(entry);
        return entry;
    }

    /// <summary>Records an event on behalf of a named actor that is not (yet) the signed-in user, e.g. a sign-in attempt.</summary>
    public async Task RecordNowAsync(string action, string actor, string? actorId = null, string? subjectType = null, string? subjectId = null, object? details = null, CancellationToken cancellationToken = default)
    {
        var entry = Record(action, subjectType, subjectId, details);
        entry.Actor = actor;
        entry.ActorId = actorId;
        await db.SaveChangesAsync(cancellationToken);
    }
}
