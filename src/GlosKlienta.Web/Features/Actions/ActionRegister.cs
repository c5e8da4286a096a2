using System.Security.Claims;
using GlosKlienta.Domain.Actions;

namespace GlosKlienta.Web.Features.Actions;

/// <summary>Audit codes of the action register (labels in the resources, Audit.Action.*).</summary>
public static class ActionAudit
{
    public const string Created = "action.created";
    public const string Moved = "action.moved";
    public const string Analysed = "action.analysed";
    public const string NoteAdded = "action.note-added";
    public const string Read = "action.evidence-read";
    public const string SubjectType = "QualityAction";
}

/// <summary>
/// Writes the action register: every change goes with its audit entry in one save. The F2 protocol page, the case page,
/// an audit's finding and the register's own form all start actions here.
/// </summary>
public sealed class ActionRegister(AppDbContext db, AuditLog audit, TimeProvider time)
{
    public async Task<QualityAction> CreateAsync(QualityAction action, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        action.CreatedAt = time.GetUtcNow();
        action.CreatedBy = user.Identity?.Name ?? AuditLog.SystemActor;
        action.CreatedById = user.FindFirstValue(ClaimTypes.NameIdentifier);
        action.Status = ActionStatus.Planned;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.QualityActions.Add(action);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record(ActionAudit.Created, ActionAudit.SubjectType, Id(action.Id),
            new { kind = action.Kind.ToString(), source = action.Source.ToString(), action.Period, area = action.AreaKey, caseId = action.RegisterCaseId, auditId = action.AuditId, owner = action.OwnerName, due = action.Due });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return action;
    }

    /// <summary>Moves the action on (the caller has checked <see cref="ActionRules.Check"/>); the reason, if any, is kept and logged.</summary>
    public async Task MoveAsync(QualityAction action, ActionStatus to, string? reason, DateOnly today, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var from = action.Status;
        action.Status = to;
        if (!string.IsNullOrWhiteSpace(reason)) action.StatusReason = reason.Trim();
        if (to == ActionStatus.Done) action.DoneOn = today;
        if (to == ActionStatus.InProgress && from == ActionStatus.Done) action.DoneOn = null;
        if (to is ActionStatus.Effective or ActionStatus.NotEffective)
        {
            action.CheckedAt = time.GetUtcNow();
            action.CheckedBy = user.Identity?.Name;
        }
        // A move with words but nothing else recorded keeps the words as a note, so "done" always has its record.
        if (!string.IsNullOrWhiteSpace(reason))
            db.QualityActionNotes.Add(NewNote(action.Id, ActionNoteKind.Note, reason.Trim(), user));
        audit.Record(ActionAudit.Moved, ActionAudit.SubjectType, Id(action.Id), new { from = from.ToString(), to = to.ToString(), reason = reason?.Trim() });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task AnalyseAsync(QualityAction action, string? whys, string? rootCause, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        action.Whys = whys;
        action.RootCause = rootCause;
        audit.Record(ActionAudit.Analysed, ActionAudit.SubjectType, Id(action.Id), new { whys, rootCause });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<QualityActionNote> AddNoteAsync(int actionId, ActionNoteKind kind, string text, Register.CheckedFile? file, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var note = NewNote(actionId, file is null ? kind : ActionNoteKind.Evidence, text.Trim(), user);
        if (file is not null)
        {
            note.FileName = file.FileName;
            note.MediaType = file.MediaType;
            note.FileSize = file.Size;
            note.Content = await file.ReadAllBytesAsync(cancellationToken);
            note.Sha256 = file.Sha256;
        }
        db.QualityActionNotes.Add(note);
        audit.Record(ActionAudit.NoteAdded, ActionAudit.SubjectType, Id(actionId), new { kind = note.Kind.ToString(), file = note.FileName, sha256 = note.Sha256 });
        await db.SaveChangesAsync(cancellationToken);
        return note;
    }

    private QualityActionNote NewNote(int actionId, ActionNoteKind kind, string text, ClaimsPrincipal user) => new()
    {
        QualityActionId = actionId,
        Kind = kind,
        Text = text,
        AddedAt = time.GetUtcNow(),
        AddedBy = user.Identity?.Name ?? AuditLog.SystemActor,
        AddedById = user.FindFirstValue(ClaimTypes.NameIdentifier),
    };

    public static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
