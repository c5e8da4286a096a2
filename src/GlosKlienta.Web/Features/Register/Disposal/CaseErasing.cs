using System.Security.Claims;
using GlosKlienta.Domain.Register;

namespace GlosKlienta.Web.Features.Register.Disposal;

/// <summary>
/// Erases a case's content (issue 16): the sender's and the member's personal data, what was written and replied, the
/// attachments and the petition's scan, and the values in its history; keeps the numbered entry (number, case mark,
/// kind, channel, body, dates, outcome) with a remark saying how and when the content went, so the register's
/// numbering stays whole. The caller saves, together with its audit entries.
/// </summary>
public sealed class CaseErasing(AppDbContext db, TimeProvider time, IHttpContextAccessor http)
{
    /// <summary>Erases <paramref name="c"/> (tracked) with <paramref name="remark"/> as the register's remark.</summary>
    public async Task EraseAsync(RegisterCase c, CaseErasure erasure, string remark, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(c);
        var now = time.GetUtcNow();
        c.ErasedAt = now;
        c.Erasure = erasure;
        c.Remarks = remark;
        c.Subject = "";
        c.Summary = "";
        c.SenderName = null;
        c.SenderAddress = null;
        c.SenderEmail = null;
        c.MemberName = null;
        c.MemberAddress = null;
        c.DeliveryReference = null;
        c.KindReason = null;
        c.ConcernsText = null;
        c.ConcernsStaffName = null;
        c.ConcernsStaffUserId = null;
        c.CompetenceReason = null;
        c.DelayReason = null;
        c.FileNote = null;
        c.ReplyContent = null;
        c.FactualGrounds = null;
        c.LegalGrounds = null;
        c.PetitionThirdPartyName = null;
        c.PetitionRepresentative = null;
        c.PartForwardedScope = null;
        c.SubmissionKey = null;
        c.Version = Guid.NewGuid();

        // The files: their bytes and their rows (names can be personal too); the petition's scan with them.
        var attachmentIds = await db.RegisterAttachments.Where(a => a.RegisterCaseId == c.Id).Select(a => a.Id).ToListAsync(cancellationToken);
        db.RegisterAttachmentContents.RemoveRange(await db.RegisterAttachmentContents.Where(x => attachmentIds.Contains(x.Id)).ToListAsync(cancellationToken));
        db.RegisterAttachments.RemoveRange(await db.RegisterAttachments.Where(a => a.RegisterCaseId == c.Id).ToListAsync(cancellationToken));
        db.PetitionScans.RemoveRange(await db.PetitionScans.Where(s => s.RegisterCaseId == c.Id).ToListAsync(cancellationToken));
        db.TermReminders.RemoveRange(await db.TermReminders.Where(r => r.RegisterCaseId == c.Id).ToListAsync(cancellationToken));

        // The history keeps who did which step when; the values it recorded (names, addresses, reasons) go.
        foreach (var e in await db.RegisterCaseEvents.Where(e => e.RegisterCaseId == c.Id).ToListAsync(cancellationToken))
        {
            e.OldValue = null;
            e.NewValue = null;
            e.Note = null;
        }

        var user = http.HttpContext?.User;
        db.RegisterCaseEvents.Add(new RegisterCaseEvent
        {
            RegisterCaseId = c.Id,
            At = now,
            ActorId = user?.FindFirstValue(ClaimTypes.NameIdentifier),
            Actor = user?.Identity?.Name ?? AuditLog.SystemActor,
            Action = erasure == CaseErasure.Wybrakowana ? RegisterActions.Disposed : RegisterActions.RemovedAsAbuse,
            NewValue = remark.Length <= 2000 ? remark : remark[..2000],
        });
    }
}
