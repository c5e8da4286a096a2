using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace GlosKlienta.Web.Features.Mail;

/// <summary>
/// The office's SMTP server (section <c>Smtp</c>). E-mail is off while <see cref="Host"/> is empty; the password
/// comes from the environment or user secrets (<c>Smtp__Password</c>), never from the repository.
/// </summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    /// <summary>The sender address, e.g. "rejestr@lesko.pl".</summary>
    public string? From { get; set; }
    public string FromName { get; set; } = "Rejestr skarg i wniosków";
    /// <summary><c>StartTls</c> (default), <c>SslOnConnect</c> or <c>None</c> (only for a server on the same machine).</summary>
    public string Tls { get; set; } = "StartTls";
    public string? UserName { get; set; }
    public string? Password { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(Host) && !string.IsNullOrWhiteSpace(From);

    public SecureSocketOptions SocketOptions => Tls.ToUpperInvariant() switch
    {
        "NONE" => SecureSocketOptions.None,
        "SSLONCONNECT" => SecureSocketOptions.SslOnConnect,
        "AUTO" => SecureSocketOptions.Auto,
        _ => SecureSocketOptions.StartTls,
    };
}

public sealed record MailMessage(IReadOnlyList<string> To, string Subject, string Body);

/// <summary>Sends e-mail; the seam between the reminders and the SMTP server.</summary>
public interface IMailSender
{
    bool Enabled { get; }
    Task SendAsync(MailMessage message, CancellationToken cancellationToken);
}

public sealed class SmtpMailSender(IOptions<SmtpOptions> options) : IMailSender
{
    public bool Enabled => options.Value.Enabled;

    public async Task SendAsync(MailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var o = options.Value;
        if (o.Host is not { Length: > 0 } host || o.From is not { Length: > 0 } from) throw new InvalidOperationException("E-mail is not configured (Smtp:Host and Smtp:From).");
        using var client = new SmtpClient();
        await client.ConnectAsync(host, o.Port, o.SocketOptions, cancellationToken);
        if (!string.IsNullOrEmpty(o.UserName)) await client.AuthenticateAsync(o.UserName, o.Password ?? "", cancellationToken);
        // One message per recipient: nobody sees the others' addresses.
        foreach (var to in message.To)
        {
            var mime = new MimeMessage();
            mime.From.Add(new MailboxAddress(o.FromName, from));
            mime.To.Add(MailboxAddress.Parse(to));
            mime.Subject = message.Subject;
            mime.Body = new TextPart("plain") { Text = message.Body };
            await client.SendAsync(mime, cancellationToken);
        }
        await client.DisconnectAsync(true, cancellationToken);
    }
}

/// <summary>Section <c>Reminders</c>: how often the reminders look, the application's address for links, and the days ahead of a term to warn.</summary>
public sealed class ReminderOptions
{
    /// <summary>Register terms: how many days before the last day to warn (and once after it).</summary>
    public int[] DaysBefore { get; set; } = [7, 2];
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);
    /// <summary>The application's public address (e.g. "https://skargi.lesko.pl") for the link in e-mails; without it the link is a path.</summary>
    public string? BaseUrl { get; set; }

    public string Link(string path) => (BaseUrl?.TrimEnd('/') ?? "") + path;
}

/// <summary>
/// A look for something people must be told (a term running out, a board to reprint): it records what it told,
/// so each thing is told once, and e-mails it when e-mail is configured; the dashboard shows it either way.
/// </summary>
public interface IReminder
{
    /// <summary>Looks once; returns how many things were recorded as told.</summary>
    Task<int> RunOnceAsync(CancellationToken cancellationToken);
}

/// <summary>Runs every <see cref="IReminder"/> on start and then at every interval, on the injected clock.</summary>
public sealed class ReminderService(IEnumerable<IReminder> reminders, TimeProvider time, IOptions<ReminderOptions> options, ILogger<ReminderService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, time);
        do
        {
            foreach (var reminder in reminders)
            {
                try
                {
                    await reminder.RunOnceAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A failed look must not stop the others or the next one; what was not recorded is tried again.
                    logger.LogError(e, "Reminder {Reminder} failed", reminder.GetType().Name);
                }
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

/// <summary>Whether an exception is the mail server failing (try again at the next look) rather than a bug.</summary>
public static class MailFailures
{
    public static bool IsTransient(Exception e) =>
        e is IOException or System.Net.Sockets.SocketException or MailKit.ServiceNotConnectedException
            or MailKit.Net.Smtp.SmtpCommandException or MailKit.Net.Smtp.SmtpProtocolException or MailKit.Security.AuthenticationException;
}

public static class MailServices
{
    public static IServiceCollection AddMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SmtpOptions>(configuration.GetSection("Smtp"));
        services.Configure<ReminderOptions>(configuration.GetSection("Reminders"));
        services.AddSingleton<IMailSender, SmtpMailSender>();
        services.AddHostedService<ReminderService>();
        return services;
    }
}
