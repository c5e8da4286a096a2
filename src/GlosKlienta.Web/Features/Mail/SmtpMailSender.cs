using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace GlosKlienta.Web.Features.Mail;

public sealed class SmtpMailSender(IOptions<SmtpOptions> options, Operations.AppMetrics metrics) : IMailSender
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
        // Every message sent here is a reminder's (this is the reminders' one way out); counted once however many it went to.
        metrics.RemindersSent.Add(1);
        await client.DisconnectAsync(true, cancellationToken);
    }
}
