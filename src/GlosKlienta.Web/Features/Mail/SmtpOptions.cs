using MailKit.Security;

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
