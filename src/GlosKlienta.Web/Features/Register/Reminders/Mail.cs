using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace GlosKlienta.Web.Features.Register.Reminders;

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
