using GlosKlienta.Domain.Survey;

namespace GlosKlienta.Paper.Scanning;

/// <summary>Why a page of a batch is not placed in any form (reported by page number; nothing of it is stored).</summary>
public enum ScanPageProblem
{
    /// <summary>The page's image could not be decoded.</summary>
    Unreadable,
    /// <summary>No code of this system: another form, a blank sheet, a page damaged or turned beyond correction.</summary>
    NoCode,
    /// <summary>The code was read but the corner marks were not found (cut off, folded, skewed too far).</summary>
    NotPlaced,
    /// <summary>A form of another office.</summary>
    OtherOffice,
    /// <summary>A form without a serial number (downloaded from the survey page): keyed by hand.</summary>
    NoSerial,
    /// <summary>A serial number no print run gave out.</summary>
    UnknownSerial,
    /// <summary>A form of another survey version than the one the opening is read against.</summary>
    OtherVersion,
    /// <summary>The form was scanned in an earlier batch.</summary>
    AlreadyScanned,
    /// <summary>The same page of the same form twice in this batch (the first is kept).</summary>
    ScannedTwice,
    /// <summary>The form's other page is not in the batch.</summary>
    MissingPage,
}

/// <summary>A page not placed: its number in the file, the reason, the serial when one was read.</summary>
public sealed record ScanPageReport(int Page, ScanPageProblem Problem, int? Serial);

/// <summary>What the system knows of a serial number: the version it was printed from and how many pages that form has; the batch that scanned it, if any.</summary>
public sealed record SerialFacts(int VersionNumber, int PageCount, string? ScannedIn);

/// <summary>
/// One form put together from its pages: the answers decided on all its pages (stored-answers form), the questions and items in
/// doubt and the written answers with ink (each with its image), and whether nothing at all is on it.
/// </summary>
public sealed record AssembledForm(int Serial, IReadOnlyList<int> Pages, string Answers, IReadOnlyList<QuestionReading> Doubtful, IReadOnlyList<TextReading> Written)
{
    public bool Blank => Answers.Length == 0 && Doubtful.Count == 0 && Written.Count == 0;
}

public sealed record AssembledBatch(IReadOnlyList<AssembledForm> Forms, IReadOnlyList<ScanPageReport> Problems);

/// <summary>
/// Puts a batch's pages together into forms by their serial numbers and says, for every page that cannot be placed, why:
/// the pure rule behind a batch's report (issue 14). A form is placed only when every one of its pages was read; a page
/// seen twice keeps its first reading; a serial scanned in an earlier batch, or unknown, places nothing.
/// </summary>
public static class ScanAssembly
{
    public static AssembledBatch Assemble(IReadOnlyList<PageResult> pages, string officeCode, int versionNumber, Func<int, SerialFacts?> serials)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(serials);
        var problems = new List<ScanPageReport>();
        var bySerial = new Dictionary<int, SortedDictionary<int, PageResult>>();
        var order = new List<int>();
        foreach (var page in pages)
        {
            var reading = page.Reading;
            var code = reading.Code;
            var serial = code?.Serial;
            ScanPageProblem? problem = reading.Problem switch
            {
                PageProblem.Unreadable => ScanPageProblem.Unreadable,
                PageProblem.NoCode => ScanPageProblem.NoCode,
                PageProblem.NotPlaced => ScanPageProblem.NotPlaced,
                _ => null,
            };
            SerialFacts? facts = null;
            if (problem is null && code is not null)
            {
                if (!string.Equals(code.Office, officeCode, StringComparison.Ordinal)) problem = ScanPageProblem.OtherOffice;
                else if (serial is null) problem = ScanPageProblem.NoSerial;
                else if ((facts = serials(serial.Value)) is null || facts.VersionNumber != code.Version || code.Page > facts.PageCount) problem = ScanPageProblem.UnknownSerial;
                else if (code.Version != versionNumber) problem = ScanPageProblem.OtherVersion;
                else if (facts.ScannedIn is not null) problem = ScanPageProblem.AlreadyScanned;
                else if (reading.Problem == PageProblem.NoLayout) problem = ScanPageProblem.UnknownSerial;
            }
            else if (problem is null)
            {
                problem = ScanPageProblem.NoCode;
            }
            if (problem is not null)
            {
                problems.Add(new ScanPageReport(page.Page, problem.Value, serial));
                continue;
            }
            if (!bySerial.TryGetValue(serial!.Value, out var formPages))
            {
                bySerial[serial.Value] = formPages = [];
                order.Add(serial.Value);
            }
            if (!formPages.TryAdd(code!.Page, page)) problems.Add(new ScanPageReport(page.Page, ScanPageProblem.ScannedTwice, serial));
        }

        var forms = new List<AssembledForm>();
        foreach (var serial in order)
        {
            var formPages = bySerial[serial];
            var expected = serials(serial)!.PageCount;
            if (formPages.Count < expected)
            {
                problems.AddRange(formPages.Values.Select(p => new ScanPageReport(p.Page, ScanPageProblem.MissingPage, serial)));
                continue;
            }
            var readings = formPages.Values.Select(p => p.Reading).ToList();
            var decided = readings.SelectMany(r => r.Questions).Where(q => !q.Queued && q.Values.Count > 0)
                .ToDictionary(q => q.Key, q => q.Values, StringComparer.Ordinal);
            forms.Add(new AssembledForm(
                serial,
                formPages.Values.Select(p => p.Page).ToList(),
                StoredChoices.Encode(decided),
                readings.SelectMany(r => r.Questions).Where(q => q.Queued).ToList(),
                readings.SelectMany(r => r.Texts).Where(t => t.HasInk).ToList()));
        }
        return new AssembledBatch(forms, problems.OrderBy(p => p.Page).ToList());
    }
}
