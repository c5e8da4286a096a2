
namespace GlosKlienta.Web.Features.Mail;

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
