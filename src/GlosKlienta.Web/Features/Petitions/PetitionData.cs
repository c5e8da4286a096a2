using GlosKlienta.Documents;
using GlosKlienta.Domain.Register;
using GlosKlienta.Web.Features.Register.Letters;

namespace GlosKlienta.Web.Features.Petitions;

/// <summary>
/// A petition as published (art. 8 ustawy o petycjach): its text, date, subject, the course of handling, and the
/// petitioner's name only with consent (art. 8 ust. 2). The address, e-mail and attachments are never published.
/// </summary>
public sealed record PublishedPetition(
    string Number,
    DateOnly FiledOn,
    string Subject,
    string Text,
    string? PetitionerName,
    IReadOnlyList<string> Course);

/// <summary>One line of the yearly summary (art. 14 ustawy o petycjach).</summary>
public sealed record SummaryLine(string Number, DateOnly FiledOn, string Subject, string Outcome, DateOnly? HandledOn);

public static class PetitionData
{
    private static readonly CultureInfo Polish = CultureInfo.GetCultureInfo("pl-PL");

    public static string Date(DateOnly d) => d.ToString("d MMMM yyyy", Polish) + " r.";

    public static async Task<IReadOnlyList<PublishedPetition>> PublishedAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.RegisterCases.AsNoTracking()
            .Where(c => c.Kind == CaseKind.Petycja)
            .OrderByDescending(c => c.ReceivedOn).ThenByDescending(c => c.Number)
            .Select(c => new
            {
                c.RegisterNumber, c.ReceivedOn, c.Subject, c.Summary, c.PetitionNameConsent, c.SenderName, c.DueOn, c.NewDueOn, c.DelayNoticeOn,
                c.ForwardedTo, c.ForwardedOn, c.Outcome, c.ClosedOn, c.ReplyOn, c.ReplyContent,
            })
            .ToListAsync(cancellationToken);
        return rows.Select(c =>
        {
            var course = new List<string> { $"Złożona {Date(c.ReceivedOn)}; termin rozpatrzenia do {Date(c.DueOn)} (art. 10 ust. 1 ustawy o petycjach)." };
            if (c.DelayNoticeOn is { } notice && c.NewDueOn is { } newDue)
                course.Add($"Termin przedłużony {Date(notice)} – przewidywany termin załatwienia: {Date(newDue)} (art. 10 ust. 2).");
            if (c.ForwardedTo is not null && c.ForwardedOn is { } fwd)
                course.Add($"Przekazana {Date(fwd)} według właściwości do: {c.ForwardedTo} (art. 6 ust. 1).");
            if (c.Outcome is { } outcome && c.ClosedOn is { } closed)
            {
                if (outcome != CaseOutcome.Przekazana) course.Add($"Załatwiona {Date(c.ReplyOn ?? closed)}: {LetterBuilders.OutcomeText(outcome)}.");
                if (c.ReplyContent is { Length: > 0 } reply && ClosingValidation.NeedsReply(outcome)) course.Add($"Sposób załatwienia: {reply}");
            }
            else
            {
                course.Add("W trakcie rozpatrywania.");
            }
            return new PublishedPetition(c.RegisterNumber, c.ReceivedOn, c.Subject, c.Summary,
                c.PetitionNameConsent && !string.IsNullOrWhiteSpace(c.SenderName) ? c.SenderName : null, course);
        }).ToList();
    }

    /// <summary>Petitions handled (closed) in <paramref name="year"/>, and those still pending at its end.</summary>
    public static async Task<(IReadOnlyList<SummaryLine> Handled, int PendingAtYearEnd)> SummaryAsync(AppDbContext db, int year, CancellationToken cancellationToken)
    {
        var start = new DateOnly(year, 1, 1);
        var end = new DateOnly(year, 12, 31);
        var petitions = await db.RegisterCases.AsNoTracking()
            .Where(c => c.Kind == CaseKind.Petycja && c.ReceivedOn <= end)
            .Select(c => new { c.RegisterNumber, c.Year, c.Number, c.ReceivedOn, c.Subject, c.Outcome, c.ClosedOn, c.ReplyOn })
            .ToListAsync(cancellationToken);
        var handled = petitions
            .Where(c => c.ClosedOn is { } d && d >= start && d <= end && c.Outcome is not null)
            .OrderBy(c => c.Year).ThenBy(c => c.Number)
            .Select(c => new SummaryLine(c.RegisterNumber, c.ReceivedOn, c.Subject, LetterBuilders.OutcomeText(c.Outcome!.Value), c.ReplyOn ?? c.ClosedOn))
            .ToList();
        var pending = petitions.Count(c => c.ClosedOn is null || c.ClosedOn > end);
        return (handled, pending);
    }

    public static Document SummaryDocument(int year, IReadOnlyList<SummaryLine> handled, int pending, string officeName, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(handled);
        var blocks = new List<Block>
        {
            new Paragraph(officeName),
            new Heading(1, $"Zbiorcza informacja o petycjach rozpatrzonych w roku {year.ToString(CultureInfo.InvariantCulture)}"),
            new Paragraph($"Na podstawie art. 14 ustawy z dnia 11 lipca 2014 r. o petycjach (publikacja do 30 czerwca {(year + 1).ToString(CultureInfo.InvariantCulture)} r.). Stan na {Date(today)}"),
            new Paragraph($"Liczba petycji rozpatrzonych w roku: {handled.Count.ToString(Polish)}. Petycje w toku na koniec roku: {pending.ToString(Polish)}."),
            new Table(["Nr", "Data złożenia", "Przedmiot petycji", "Sposób załatwienia", "Data załatwienia"],
                handled.Count == 0
                    ? [["–", "–", "W roku nie rozpatrzono żadnej petycji.", "–", "–"]]
                    : handled.Select(h => (IReadOnlyList<string>)[h.Number, Date(h.FiledOn), h.Subject, h.Outcome, h.HandledOn is { } d ? Date(d) : "–"]).ToList())
            { RelativeWidths = [1, 1.6, 4, 2.4, 1.6] },
        };
        return new Document($"Petycje – informacja zbiorcza {year.ToString(CultureInfo.InvariantCulture)}", blocks)
        {
            Author = officeName,
            Footer = $"{officeName} · informacja o petycjach za rok {year.ToString(CultureInfo.InvariantCulture)}",
            CreatedAt = new DateTimeOffset(today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
        };
    }
}
