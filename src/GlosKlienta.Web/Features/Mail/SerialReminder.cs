namespace GlosKlienta.Web.Features.Mail;

/// <summary>
/// The part every e-mail reminder shares: runs are serialised (the interval's run and a manual one never tell twice),
/// and one message is sent when e-mail is configured and there is someone to send it to.
/// </summary>
public abstract class SerialReminder(IMailSender mail, TimeProvider time, ILogger logger) : IReminder, IDisposable
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
