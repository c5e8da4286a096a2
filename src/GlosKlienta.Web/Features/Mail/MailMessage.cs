
namespace GlosKlienta.Web.Features.Mail;

public sealed record MailMessage(IReadOnlyList<string> To, string Subject, string Body);
