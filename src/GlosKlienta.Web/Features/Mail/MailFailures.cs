
namespace GlosKlienta.Web.Features.Mail;

/// <summary>Whether an exception is the mail server failing (try again at the next look) rather than a bug.</summary>
public static class MailFailures
{
    public static bool IsTransient(Exception e) =>
        e is IOException or System.Net.Sockets.SocketException or MailKit.ServiceNotConnectedException
            or MailKit.Net.Smtp.SmtpCommandException or MailKit.Net.Smtp.SmtpProtocolException or MailKit.Security.AuthenticationException;
}
