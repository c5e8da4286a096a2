
namespace GlosKlienta.Web.Features.Mail;

/// <summary>Sends e-mail; the seam between the reminders and the SMTP server.</summary>
public interface IMailSender
{
    bool Enabled { get; }
    Task SendAsync(MailMessage message, CancellationToken cancellationToken);
}
