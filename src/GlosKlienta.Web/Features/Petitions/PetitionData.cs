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
    IReadOnlyList<string> Course,
    int CaseId = 0,
    string? ScanMediaType = null,
    string? ThirdPartyName = null);

/// <summary>One line of the yearly summary (art. 14 ustawy o petycjach).</summary>
public sealed record SummaryLine(string Number, DateOnly FiledOn, string Subject, string Outcome, DateOnly? HandledOn);

/// <summary>
/// The art. 14 summary of one body (the Burmistrz, the council): the petitions it examined in the year, and apart from
/// them those forwarded, withdrawn or left unexamined in the year and those still open at its end.
/// </summary>
public sealed record BodySummary(CompetentBody Body, string BodyName, IReadOnlyList<SummaryLine> Handled, int Forwarded, int Withdrawn, int LeftUnexamined, int Pending);

public static class PetitionData
{
    private static readonly CultureInfo Polish = CultureInfo.GetCultureInfo("pl-PL");


    public static async Task<IReadOnlyList<PublishedPetition>> PublishedAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.RegisterCases.AsNoTracking()
            // Erased petitions have no content left to show (disposed of, or removed as abuse).
            .Where(c => c.Kind == CaseKind.Petycja && c.ErasedAt == null)
            .OrderByDescending(c => c.ReceivedOn).ThenByDescending(c => c.Number)
            .Select(c => new
            {
                c.Id, c.RegisterNumber, c.ReceivedOn, c.Subject, c.Summary, c.PetitionThirdPartyName, c.PetitionThirdPartyNameConsent,
                ScanMediaType = db.PetitionScans.Where(s => s.RegisterCaseId == c.Id && s.PublishedAt != null).Select(s => s.MediaType).FirstOrDefault(), c.PetitionNameConsent, c.SenderName, c.DueOn, c.NewDueOn, c.DelayNoticeOn,
                c.ForwardedTo, c.ForwardedOn, c.Outcome, c.ClosedOn, c.ReplyOn, c.ReplyContent, c.TermKind, c.ClarificationAnsweredOn,
                c.JointAnnouncedOn, c.JointWaitingEndsOn, c.PartForwardedTo, c.PartForwardedScope, c.PartForwardedOn,
                JointLeadNumber = db.RegisterCases.Where(l => l.Id == c.JointLeadId).Select(l => l.RegisterNumber).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(c =>
        {
            // A petycja addressed to the wrong body is forwarded, not examined here: it shows its forwarding, not a term (art. 6 ust. 1).
            var forwarding = c.TermKind == TermKind.PrzekazaniePetycji || c.Outcome == CaseOutcome.Przekazana;
            var joint = c.JointAnnouncedOn is not null || c.JointLeadNumber is not null;
            var course = new List<string>
            {
                // Art. 11 ust. 2: the waiting period for further petitions is announced here, and the term runs from its end.
                c.JointAnnouncedOn is { } announced && c.JointWaitingEndsOn is { } waitingEnds
                    ? $"Złożona {PolishDates.InLetter(c.ReceivedOn)}. {PolishDates.InLetter(announced)} zarządzono łączne rozpatrywanie petycji w tej sprawie (petycja wielokrotna, art. 11 ustawy o petycjach): dalsze petycje w tej samej sprawie można składać do {PolishDates.InLetter(waitingEnds)}; termin rozpatrzenia do {PolishDates.InLetter(c.DueOn)} (art. 11 ust. 2)."
                : c.JointLeadNumber is { } leadNumber
                    ? $"Złożona {PolishDates.InLetter(c.ReceivedOn)}; rozpatrywana łącznie z petycją nr {leadNumber} (petycja wielokrotna, art. 11 ustawy o petycjach), termin rozpatrzenia do {PolishDates.InLetter(c.DueOn)}."
                : forwarding
                    ? $"Złożona {PolishDates.InLetter(c.ReceivedOn)} do adresata niewłaściwego – do przekazania podmiotowi właściwemu w 30 dni od złożenia (art. 6 ust. 1 ustawy o petycjach)."
                    : $"Złożona {PolishDates.InLetter(c.ReceivedOn)}; termin rozpatrzenia do {PolishDates.InLetter(c.DueOn)} (art. 10 ust. {(c.ClarificationAnsweredOn is null ? "1" : "2")} ustawy o petycjach).",
            };
            if (c.ClarificationAnsweredOn is { } completed && !forwarding)
                course.Add($"Uzupełniona {PolishDates.InLetter(completed)} po wezwaniu (art. 7 ust. 2); termin liczony od uzupełnienia (art. 10 ust. 2).");
            if (c.DelayNoticeOn is { } notice && c.NewDueOn is { } newDue && !forwarding)
                course.Add($"Termin przedłużony {PolishDates.InLetter(notice)} – przewidywany termin załatwienia: {PolishDates.InLetter(newDue)} (art. 10 ust. 3).");
            if (c.PartForwardedTo is not null && c.PartForwardedOn is { } partOn)
                course.Add($"Przekazana {PolishDates.InLetter(partOn)} w części dotyczącej: {c.PartForwardedScope} – do: {c.PartForwardedTo}; w pozostałym zakresie rozpatrywana tutaj (art. 6 ust. 2 ustawy o petycjach).");
            if (c.ForwardedTo is not null && c.ForwardedOn is { } fwd)
                course.Add($"Przekazana {PolishDates.InLetter(fwd)} według właściwości do: {c.ForwardedTo} (art. 6 ust. 1).");
            if (c.Outcome is { } outcome && c.ClosedOn is { } closed)
            {
                if (outcome != CaseOutcome.Przekazana) course.Add($"Załatwiona {PolishDates.InLetter(c.ReplyOn ?? closed)}: {LetterBuilders.OutcomeText(outcome)}.");
                if (c.ReplyContent is { Length: > 0 } reply && ClosingValidation.NeedsReply(outcome))
                    course.Add(joint && outcome != CaseOutcome.Przekazana
                        ? $"Sposób załatwienia petycji wielokrotnej (ogłoszenie zastępuje zawiadomienie, art. 11 ust. 4): {reply}"
                        : $"Sposób załatwienia: {reply}");
            }
            else
            {
                course.Add("W trakcie rozpatrywania.");
            }
            return new PublishedPetition(c.RegisterNumber, c.ReceivedOn, c.Subject, c.Summary,
                c.PetitionNameConsent && !string.IsNullOrWhiteSpace(c.SenderName) ? c.SenderName : null, course, c.Id, c.ScanMediaType,
                // The third party's name, like the filer's, only with its consent (art. 8 ust. 2 ustawy o petycjach).
                c.PetitionThirdPartyNameConsent && !string.IsNullOrWhiteSpace(c.PetitionThirdPartyName) ? c.PetitionThirdPartyName : null);
        }).ToList();
    }

    /// <summary>Petitions handled (closed) in <paramref name="year"/>, and those still pending at its end.</summary>
    /// <summary>
    /// The art. 14 summary of <paramref name="year"/>, one section per body: the Burmistrz's (with the petitions the office
    /// received and forwarded, art. 6) and the council's.
    /// </summary>
    public static async Task<IReadOnlyList<BodySummary>> SummaryAsync(AppDbContext db, int year, Func<CompetentBody, string> bodyName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bodyName);
        var end = new DateOnly(year, 12, 31);
        var petitions = await db.RegisterCases.AsNoTracking()
            .Where(c => c.Kind == CaseKind.Petycja && c.ReceivedOn <= end && c.Erasure != CaseErasure.UsunietaJakoNaduzycie)
            .Select(c => new { c.RegisterNumber, c.Year, c.Number, c.ReceivedOn, c.Subject, c.Outcome, c.ClosedOn, c.ReplyOn, c.CompetentBody })
            .ToListAsync(cancellationToken);
        var placed = petitions
            .Select(c => (Case: c, Status: PetitionRules.StatusInYear(c.ReceivedOn, c.Outcome, c.ClosedOn, year),
                Body: c.CompetentBody == CompetentBody.RadaGminy ? CompetentBody.RadaGminy : CompetentBody.Burmistrz))
            .Where(x => x.Status != PetitionYearStatus.OutsideTheYear)
            .ToList();
        return new[] { CompetentBody.Burmistrz, CompetentBody.RadaGminy }.Select(body =>
        {
            var mine = placed.Where(x => x.Body == body).ToList();
            int Count(PetitionYearStatus status) => mine.Count(x => x.Status == status);
            var handled = mine.Where(x => x.Status == PetitionYearStatus.Rozpatrzona)
                .OrderBy(x => x.Case.Year).ThenBy(x => x.Case.Number)
                .Select(x => new SummaryLine(x.Case.RegisterNumber, x.Case.ReceivedOn, x.Case.Subject, LetterBuilders.OutcomeText(x.Case.Outcome!.Value), x.Case.ReplyOn ?? x.Case.ClosedOn))
                .ToList();
            return new BodySummary(body, bodyName(body), handled, Count(PetitionYearStatus.Przekazana), Count(PetitionYearStatus.Wycofana),
                Count(PetitionYearStatus.PozostawionaBezRozpatrzenia), Count(PetitionYearStatus.WToku));
        }).ToList();
    }

    /// <summary>The counts line of one body's section, the same on the page and in the document.</summary>
    public static string Counts(BodySummary b)
    {
        ArgumentNullException.ThrowIfNull(b);
        return $"Petycje rozpatrzone w roku: {b.Handled.Count.ToString(Polish)}. Odrębnie: przekazane według właściwości (art. 6): {b.Forwarded.ToString(Polish)}, " +
            $"wycofane: {b.Withdrawn.ToString(Polish)}, pozostawione bez rozpatrzenia (art. 7): {b.LeftUnexamined.ToString(Polish)}, w toku na koniec roku: {b.Pending.ToString(Polish)}.";
    }

    public static Document SummaryDocument(int year, IReadOnlyList<BodySummary> bodies, string officeName, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(bodies);
        var blocks = new List<Block>
        {
            new Paragraph(officeName),
            new Heading(1, $"Zbiorcza informacja o petycjach rozpatrzonych w roku {year.ToString(CultureInfo.InvariantCulture)}"),
            new Paragraph($"Na podstawie art. 14 ustawy z dnia 11 lipca 2014 r. o petycjach (publikacja do 30 czerwca {(year + 1).ToString(CultureInfo.InvariantCulture)} r.). Stan na {PolishDates.InLetter(today)}"),
        };
        foreach (var b in bodies)
        {
            blocks.Add(new Heading(2, b.BodyName));
            blocks.Add(new Paragraph(Counts(b)));
            blocks.Add(new Table(["Nr", "Data złożenia", "Przedmiot petycji", "Sposób załatwienia", "Data załatwienia"],
                b.Handled.Count == 0
                    ? [["–", "–", "W roku nie rozpatrzono żadnej petycji.", "–", "–"]]
                    : b.Handled.Select(h => (IReadOnlyList<string>)[h.Number, PolishDates.InLetter(h.FiledOn), h.Subject, h.Outcome, h.HandledOn is { } d ? PolishDates.InLetter(d) : "–"]).ToList())
            { RelativeWidths = [0.9, 2, 3.6, 2.2, 2] });
        }
        return new Document($"Petycje – informacja zbiorcza {year.ToString(CultureInfo.InvariantCulture)}", blocks)
        {
            Author = officeName,
            Footer = $"{officeName} · informacja o petycjach za rok {year.ToString(CultureInfo.InvariantCulture)}",
            CreatedAt = new DateTimeOffset(today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
        };
    }
}
