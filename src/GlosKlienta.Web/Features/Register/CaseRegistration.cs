using System.Security.Claims;
using GlosKlienta.Domain.Register;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace GlosKlienta.Web.Features.Register;

/// <summary>
/// Puts a case into the register with the next number of its year. The number is taken as MAX+1 inside the
/// transaction that inserts the case; the unique (Year, Number) index makes a concurrent registration that took
/// the same number fail, and it is retried with a fresh number. A failed attempt inserts nothing, so the
/// numbers have no gaps. On SQLite the transaction is IMMEDIATE (writers queue); on PostgreSQL registrations of
/// one year queue on a transaction-scoped advisory lock, and the index with the retry stays as the safety net.
/// A case whose submission key is already stored (the same form sent twice: a double click) is not registered
/// again: the first one is returned at once, read under the same lock, instead of meeting the unique key index
/// and being retried thirty times as if it were a number clash.
/// </summary>
public sealed class CaseRegistration(AppDbContext db, AuditLog audit, TimeProvider time, ILogger<CaseRegistration> logger,
    Microsoft.Extensions.Options.IOptions<RegisterOptions> options, IStringLocalizer<SharedResource> text)
{
    private const int Attempts = 30;
    /// <summary>Base of the PostgreSQL advisory lock key per year ("register" + year), so registrations of one year queue instead of colliding.</summary>
    private const long AdvisoryLockBase = 2_540_000_000L;

    public async Task<RegisterCase> RegisterAsync(NewCase input, IReadOnlyList<CheckedFile> files, ClaimsPrincipal? actor, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                var year = input.ReceivedOn.Year;
                if (db.Database.IsNpgsql())
                    await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AdvisoryLockBase + year})", cancellationToken);
                if (await AlreadyStoredAsync(input.SubmissionKey, cancellationToken) is { } first)
                {
                    await transaction.RollbackAsync(cancellationToken);
                    return first;
                }
                var last = await db.RegisterCases.Where(c => c.Year == year).MaxAsync(c => (int?)c.Number, cancellationToken) ?? 0;
                var c = Build(input, year, last + 1, files, actor);
                // The case mark numbers cases within their JRWA class and year (instrukcja kancelaryjna), under the same lock.
                var o = options.Value;
                c.CaseMarkClass = o.JrwaClassOf(input.Kind);
                c.CaseMarkNumber = 1 + (await db.RegisterCases.Where(x => x.Year == year && x.CaseMarkClass == c.CaseMarkClass).MaxAsync(x => (int?)x.CaseMarkNumber, cancellationToken) ?? 0);
                c.CaseMark = CaseMark.Format(o.CaseMarkPattern, o.UnitSymbol, c.CaseMarkClass, c.CaseMarkNumber, year);
                db.RegisterCases.Add(c);
                await db.SaveChangesAsync(cancellationToken);
                // The files' bytes go in after their rows, each streamed from where it waits: no file is ever whole in memory.
                for (var i = 0; i < files.Count; i++)
                    await AttachmentContentWriter.WriteAsync(db, c.Attachments[i].Id, files[i], cancellationToken);
                audit.Record(RegisterActions.CaseRegistered, RegisterActions.Subject, c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    new { channel = c.Channel.ToString(), kind = c.Kind.ToString(), attachments = files.Count }, actor);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return c;
            }
            catch (Exception ex) when (attempt < Attempts && IsNumberConflict(ex))
            {
                await transaction.RollbackAsync(cancellationToken);
                // The clash may be the submission key's (two instances, each before the other's commit): that is no number to retry.
                db.ChangeTracker.Clear();
                if (await AlreadyStoredAsync(input.SubmissionKey, cancellationToken) is { } first) return first;
                logger.LogInformation("Register number taken by a concurrent registration; retrying (attempt {Attempt})", attempt);
                await Task.Delay(Random.Shared.Next(5, 20 * attempt), cancellationToken);
            }
        }
    }

    private async Task<RegisterCase?> AlreadyStoredAsync(Guid? submissionKey, CancellationToken cancellationToken) =>
        submissionKey is { } key ? await db.RegisterCases.AsNoTracking().FirstOrDefaultAsync(c => c.SubmissionKey == key, cancellationToken) : null;

    private static bool IsNumberConflict(Exception ex) => ex switch
    {
        DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected } } => true,
        DbUpdateException { InnerException: SqliteException { SqliteErrorCode: 19 or 5 or 6 } } => true,
        SqliteException { SqliteErrorCode: 5 or 6 } => true,
        _ => false,
    };

    private RegisterCase Build(NewCase n, int year, int number, IReadOnlyList<CheckedFile> files, ClaimsPrincipal? actor)
    {
        var now = time.GetUtcNow();
        var actorId = actor?.FindFirstValue(ClaimTypes.NameIdentifier);
        var actorName = actor?.Identity?.IsAuthenticated == true ? actor.Identity.Name ?? AuditLog.SystemActor : AuditLog.SystemActor;
        var competence = n.Concerns is { } concerns ? Competence.For(n.Kind, concerns) : null;
        var body = competence?.Body ?? (n.Kind == CaseKind.NieRozpatrywanaWTrybieDzialuVIII ? CompetentBody.Burmistrz : CompetentBody.Burmistrz);
        var termKind = Competence.TermFor(n.Kind, body);
        var c = new RegisterCase
        {
            Year = year,
            Number = number,
            RegisterNumber = CaseNumbers.Format(number, year),
            ReceivedOn = n.ReceivedOn,
            Channel = n.Channel,
            DeliveryReference = Clean(n.DeliveryReference),
            RegisteredAt = now,
            RegisteredById = actorId,
            RegisteredBy = actorName,
            SubmissionKey = n.SubmissionKey,
            SenderName = Clean(n.SenderName),
            SenderAddress = Clean(n.SenderAddress),
            SenderEmail = Clean(n.SenderEmail),
            SenderKind = n.SenderKind,
            Subject = n.Subject.Trim(),
            Summary = n.Summary.Trim(),
            Kind = n.Kind,
            KindReason = Clean(n.KindReason),
            NotHandledReason = n.Kind == CaseKind.NieRozpatrywanaWTrybieDzialuVIII ? n.NotHandledReason : null,
            Concerns = n.Concerns,
            ConcernsStaffUserId = n.ConcernsStaffUserId,
            ConcernsStaffName = n.ConcernsStaffName,
            ConcernsUnitId = n.ConcernsUnitId,
            ConcernsText = Clean(n.ConcernsText),
            CompetentBody = body,
            CompetenceReason = competence?.Reason,
            TermKind = termKind,
            DueOn = StatutoryDeadline.HasTerm(termKind) ? StatutoryDeadline.For(termKind, n.ReceivedOn, n.SenderKind).Due : n.ReceivedOn,
            MemberName = n.SenderKind == SenderKind.Obywatel ? null : Clean(n.MemberName),
            MemberAddress = n.SenderKind == SenderKind.Obywatel ? null : Clean(n.MemberAddress),
            MemberNoticeDueOn = MemberNotice.For(n.Kind, n.SenderKind, n.ReceivedOn)?.Due,
            PetitionNameConsent = n.Kind == CaseKind.Petycja && n.PetitionNameConsent,
            PetitionForThirdParty = n.Kind == CaseKind.Petycja && n.PetitionForThirdParty,
            PetitionThirdPartyConsent = n.Kind == CaseKind.Petycja && n.PetitionForThirdParty && n.PetitionThirdPartyConsent,
            PetitionThirdPartyNameConsent = n.Kind == CaseKind.Petycja && n.PetitionForThirdParty && n.PetitionThirdPartyNameConsent,
            PetitionGroup = n.Kind == CaseKind.Petycja && n.PetitionGroup,
            PetitionRepresentative = n.Kind == CaseKind.Petycja && n.PetitionGroup ? Clean(n.PetitionRepresentative) : null,
            PetitionThirdPartyName = n.Kind == CaseKind.Petycja ? Clean(n.PetitionThirdPartyName) : null,
            EarlierCaseId = n.EarlierCaseId,
            Remarks = Clean(n.Remarks),
            Version = Guid.NewGuid(),
        };
        c.History.Add(new RegisterCaseEvent { At = now, ActorId = actorId, Actor = actorName, Action = RegisterActions.Registered, NewValue = c.RegisterNumber, Note = text["Register.Channel." + n.Channel].Value });
        foreach (var f in files)
        {
            c.Attachments.Add(new RegisterAttachment
            {
                FileName = f.FileName,
                MediaType = f.MediaType,
                Size = f.Size,
                Sha256 = f.Sha256,
                AddedAt = now,
                AddedById = actorId,
                AddedBy = actorName,
            });
        }
        return c;
    }

    internal static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
