
namespace GlosKlienta.Web.Features.Mail;

/// <summary>
/// A look for something people must be told (a term running out, a board to reprint): it records what it told,
/// so each thing is told once, and e-mails it when e-mail is configured; the dashboard shows it either way.
/// </summary>
public interface IReminder
{
    /// <summary>Looks once; returns how many things were recorded as told.</summary>
    Task<int> RunOnceAsync(CancellationToken cancellationToken);
}
