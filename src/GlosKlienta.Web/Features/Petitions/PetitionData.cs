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
    IReadOnlyList<PetitionStep> Course,
    int CaseId = 0,
    string? ScanMediaType = null,
    string? ThirdPartyName = null);

/// <summary>
/// One step of a petition's course as the public page tells it: a sentence of the resources (in the reader's language) and
/// its arguments: dates and numbers said in the reader's language, an outcome by its name there, and Polish text (an
/// addressee, a reply written by the office) kept Polish.
/// </summary>
public sealed record PetitionStep(string Key, params object[] Arguments);

/// <summary>A petition's register number among a step's arguments: not Polish text, said as it is.</summary>
public sealed record PetitionNumber(string Number);

/// <summary>One line of the yearly summary (art. 14 ustawy o petycjach): the outcome's code for the page, its Polish words for the document.</summary>
public sealed record SummaryLine(string Number, DateOnly FiledOn, string Subject, CaseOutcome OutcomeCode, DateOnly? HandledOn)
{
    public string Outcome => LetterBuilders.OutcomeText(OutcomeCode);
}

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
            var course = new List<PetitionStep>
            {
                // Art. 11 ust. 2: the waiting period for further petitions is announced here, and the term runs from its end.
                c.JointAnnouncedOn is { } announced && c.JointWaitingEndsOn is { } waitingEnds
                    ? new PetitionStep("Petitions.Step.FiledJointLead", c.ReceivedOn, announced, waitingEnds, c.DueOn)
                : c.JointLeadNumber is { } leadNumber
                    ? new PetitionStep("Petitions.Step.FiledJoint", c.ReceivedOn, new PetitionNumber(leadNumber), c.DueOn)
                : forwarding
                    ? new PetitionStep("Petitions.Step.FiledWrongAddressee", c.ReceivedOn)
                    : new PetitionStep("Petitions.Step.Filed", c.ReceivedOn, c.DueOn, c.ClarificationAnsweredOn is null ? 1 : 2),
            };
            if (c.ClarificationAnsweredOn is { } completed && !forwarding)
                course.Add(new PetitionStep("Petitions.Step.Completed", completed));
            if (c.DelayNoticeOn is { } notice && c.NewDueOn is { } newDue && !forwarding)
                course.Add(new PetitionStep("Petitions.Step.Extended", notice, newDue));
            if (c.PartForwardedTo is not null && c.PartForwardedOn is { } partOn)
                course.Add(new PetitionStep("Petitions.Step.PartForwarded", partOn, c.PartForwardedScope ?? "", c.PartForwardedTo));
            if (c.ForwardedTo is not null && c.ForwardedOn is { } fwd)
                course.Add(new PetitionStep("Petitions.Step.Forwarded", fwd, c.ForwardedTo));
            if (c.Outcome is { } outcome && c.ClosedOn is { } closed)
            {
                if (outcome != CaseOutcome.Przekazana) course.Add(new PetitionStep("Petitions.Step.Handled", c.ReplyOn ?? closed, outcome));
                if (c.ReplyContent is { Length: > 0 } reply && ClosingValidation.NeedsReply(outcome))
                    course.Add(new PetitionStep(joint && outcome != CaseOutcome.Przekazana ? "Petitions.Step.JointReply" : "Petitions.Step.Reply", reply));
            }
            else
            {
                course.Add(new PetitionStep("Petitions.Step.Pending"));
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
                .Select(x => new SummaryLine(x.Case.RegisterNumber, x.Case.ReceivedOn, x.Case.Subject, x.Case.Outcome!.Value, x.Case.ReplyOn ?? x.Case.ClosedOn))
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

/// <summary>The public petition pages in the reader's language: the course's steps and the outcome's name.</summary>
public static class PetitionText
{
    public static Microsoft.AspNetCore.Html.IHtmlContent Step(PetitionStep step, Microsoft.Extensions.Localization.IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(text);
        return Languages.PolishParts.Format(text[step.Key], step.Arguments.Select(a => a switch
        {
            DateOnly d => Languages.PolishParts.Reader(Languages.ReaderDates.Day(d)),
            int n => Languages.PolishParts.Reader(n.ToString(CultureInfo.CurrentCulture)),
            PetitionNumber n => Languages.PolishParts.Reader(n.Number),
            CaseOutcome o => Languages.PolishParts.Reader(Outcome(o, text)),
            _ => a,
        }).ToArray());
    }

    public static string Outcome(CaseOutcome outcome, Microsoft.Extensions.Localization.IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text["Petitions.Outcome." + outcome];
    }

    public static string Counts(BodySummary b, Microsoft.Extensions.Localization.IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(text);
        return text["Petitions.Counts", b.Handled.Count, b.Forwarded, b.Withdrawn, b.LeftUnexamined, b.Pending];
    }
}
