namespace GlosKlienta.Web.Features.Mail;

/// <summary>
/// The part every e-mail reminder shares: runs are serialised, within the instance and across every instance on the
/// database (<see cref="DatabaseLock"/>, named after the reminder), so the interval's run, a manual one and another
/// instance's never tell twice; and each thing is told at most once (<see cref="TellOnceAsync"/>): its record is
/// committed before its message is sent.
/// </summary>
public abstract class SerialReminder(IMailSender mail, DatabaseSettings database, TimeProvider time, ILogger logger) : IReminder, IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);

    protected TimeProvider Time { get; } = time;
    protected ILogger Logger { get; } = logger;

    /// <summary>What a try to send gave: <see cref="Retry"/> when it failed in a way that may pass (then nothing is recorded, so the next run tries again).</summary>
    protected readonly record struct Sent(bool Retry, DateTimeOffset? EmailedAt);

    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var turn = await DatabaseLock.AcquireAsync(database, "reminder:" + GetType().Name, cancellationToken);
            return await RunAsync(cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>One look; returns how many things were recorded as told.</summary>
    protected abstract Task<int> RunAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Tells one thing at most once: <paramref name="records"/> (what is told, under their unique key) are committed
    /// first, as the claim; only then is the message sent, and its time written with <paramref name="emailed"/>. When the
    /// claim finds the records there already (another instance told it), nothing is sent. When sending fails in a way
    /// that may pass, the claim is withdrawn so the next run tries again; if the instance stops between the claim and
    /// the send, the thing stays recorded as told but not e-mailed (the staff home shows it either way): at most once.
    /// Returns whether this call told it.
    /// </summary>
    protected async Task<bool> TellOnceAsync(AppDbContext db, IReadOnlyList<object> records, bool hasRecipients, Func<MailMessage> message,
        Action<DateTimeOffset> emailed, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(emailed);
        db.AddRange(records);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e))
        {
            foreach (var record in records) db.Entry(record).State = EntityState.Detached;
            Logger.LogInformation("{What} was already told (by another instance)", what);
            return false;
        }
        // From here the claim is committed: what follows is recorded whatever the caller's cancellation says.
        var sent = await TrySendAsync(hasRecipients, message, what, cancellationToken);
        if (sent.Retry)
        {
            db.RemoveRange(records);
            await db.SaveChangesAsync(CancellationToken.None);
            return false;
        }
        if (sent.EmailedAt is { } at)
        {
            emailed(at);
            await db.SaveChangesAsync(CancellationToken.None);
        }
        return true;
    }

    /// <summary>
    /// Sends <paramref name="message"/> when e-mail is on and <paramref name="hasRecipients"/>; not sent otherwise (the staff
    /// home shows the same). A transient failure is logged with <paramref name="what"/> (never personal data) and asks for a retry.
    /// </summary>
    protected async Task<Sent> TrySendAsync(bool hasRecipients, Func<MailMessage> message, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!mail.Enabled || !hasRecipients) return new Sent(false, null);
        try
        {
            await mail.SendAsync(message(), cancellationToken);
            return new Sent(false, Time.GetUtcNow());
        }
        catch (Exception e) when (MailFailures.IsTransient(e))
        {
            Logger.LogWarning(e, "{What} could not be e-mailed; the next run tries again", what);
            return new Sent(true, null);
        }
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing) gate.Dispose();
    }
}
