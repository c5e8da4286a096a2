using GlosKlienta.Documents;
using GlosKlienta.Domain.Register;
using GlosKlienta.Domain.RegisterReports;

namespace GlosKlienta.Web.Features.Register.Reports;

/// <summary>Words for the register's vocabulary as the reports print them.</summary>
public static class ReportLabels
{
    public static string Kind(CaseKind k) => k switch
    {
        CaseKind.Skarga => "skarga",
        CaseKind.Wniosek => "wniosek",
        CaseKind.Petycja => "petycja",
        CaseKind.NieRozpatrywanaWTrybieDzialuVIII => "pismo spoza działu VIII KPA",
        _ => k.ToString(),
    };

    public static string Channel(CaseChannel c) => c switch
    {
        CaseChannel.Papier => "pismo papierowe",
        CaseChannel.Email => "poczta elektroniczna",
        CaseChannel.Faks => "faks",
        CaseChannel.EDoreczenia => "ePUAP / e-Doręczenia",
        CaseChannel.Prasa => "przekazane przez prasę",
        CaseChannel.Ustnie => "ustnie do protokołu",
        CaseChannel.FormularzOnline => "formularz internetowy",
        _ => c.ToString(),
    };

    /// <summary>The finding on a skarga: justified (fully or partly), unjustified, or none for other kinds and outcomes.</summary>
    public static bool? Justified(CaseKind kind, CaseOutcome? outcome) => kind != CaseKind.Skarga ? null : outcome switch
    {
        CaseOutcome.SkargaZasadna or CaseOutcome.SkargaCzesciowoZasadna => true,
        CaseOutcome.SkargaNiezasadna => false,
        _ => null,
    };
}

/// <summary>Loads the year's cases into the pure <see cref="YearlyReportCalculator"/> and renders the result as a document.</summary>
public static class YearlyReportData
{
    /// <summary>The period's skargi and wnioski by unit and outcome, for the F2 (<see cref="PeriodComplaints"/>).</summary>
    public static async Task<IReadOnlyList<UnitComplaints>> PeriodComplaintsAsync(AppDbContext db, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var units = await db.OrganisationalUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var cases = await db.RegisterCases.AsNoTracking()
            .Where(c => c.ReceivedOn >= from && c.ReceivedOn <= to && (c.Kind == CaseKind.Skarga || c.Kind == CaseKind.Wniosek))
            // A letter removed as abuse was no skarga or wniosek: it is not counted (a disposed case still is).
            .Where(c => c.Erasure != CaseErasure.UsunietaJakoNaduzycie)
            .Select(c => new { c.Kind, c.ConcernsUnitId, c.ReceivedOn, c.Outcome, c.ClosedOn })
            .ToListAsync(cancellationToken);
        return PeriodComplaints.Compute(from, to, cases.Select(c => new PeriodComplaints.Case(
            c.Kind == CaseKind.Skarga,
            c.ConcernsUnitId is { } u && units.TryGetValue(u, out var name) ? name : null,
            c.ReceivedOn,
            c.ClosedOn is null && c.Outcome is null ? PeriodComplaints.Result.Open : c.Outcome switch
            {
                CaseOutcome.SkargaZasadna or CaseOutcome.SkargaCzesciowoZasadna => PeriodComplaints.Result.Justified,
                CaseOutcome.SkargaNiezasadna or CaseOutcome.AdnotacjaArt239 => PeriodComplaints.Result.Unjustified,
                CaseOutcome.WniosekUwzgledniony or CaseOutcome.WniosekCzesciowoUwzgledniony => PeriodComplaints.Result.Granted,
                CaseOutcome.WniosekNieuwzgledniony => PeriodComplaints.Result.Refused,
                _ => PeriodComplaints.Result.Other,
            })));
    }

    private static readonly CultureInfo Polish = CultureInfo.GetCultureInfo("pl-PL");

    public static async Task<YearlyReport> ComputeAsync(AppDbContext db, int year, DateOnly today, CancellationToken cancellationToken)
    {
        var units = await db.OrganisationalUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var cases = await db.RegisterCases.AsNoTracking()
            .Where(c => c.Year == year && c.Erasure != CaseErasure.UsunietaJakoNaduzycie)
            .Select(c => new { c.Kind, c.Channel, c.ConcernsUnitId, c.ReceivedOn, c.DueOn, c.TermKind, c.ClosedOn, c.DelayNoticeOn, c.Outcome })
            .ToListAsync(cancellationToken);
        return YearlyReportCalculator.Compute(year, cases.Select(c => new ReportCase(
            ReportLabels.Kind(c.Kind),
            ReportLabels.Channel(c.Channel),
            c.ConcernsUnitId is { } u && units.TryGetValue(u, out var name) ? name : null,
            c.ReceivedOn,
            // A letter outside Dział VIII has no term, so it is neither on time nor late.
            StatutoryDeadline.HasTerm(c.TermKind) ? c.DueOn : null,
            c.ClosedOn,
            c.DelayNoticeOn is not null,
            ReportLabels.Justified(c.Kind, c.Outcome))), today);
    }

    public static string Percent(double? share) => share is { } s ? s.ToString("0.0 %", Polish) : "–";

    public static string Days(double? days) => days is { } d ? d.ToString("0.#", Polish) : "–";

    public static Document Document(YearlyReport r, string officeName, DateOnly today, string? councilName = null)
    {
        ArgumentNullException.ThrowIfNull(r);
        var blocks = new List<Block>
        {
            new Paragraph(officeName),
            new Heading(1, $"Sprawozdanie z przyjmowania i rozpatrywania skarg, wniosków i petycji za rok {r.Year}"),
            new Paragraph($"Dla: {councilName ?? "rada gminy"}; na przegląd zarządzania (procedura P/7/5, PN-EN ISO 9001:2015 pkt 9.3.2). Stan na {PolishDates.Day(today)} r."),
            new Heading(2, "Najważniejsze liczby"),
            new Table(["Miara", "Wartość"],
            [
                ["Sprawy wpisane do rejestru w roku", r.Received.ToString(Polish)],
                ["Sprawy zakończone", r.Closed.ToString(Polish)],
                ["Zakończone w terminie ustawowym", $"{r.ClosedOnTime.ToString(Polish)} ({Percent(r.ShareOnTime)})"],
                ["Otwarte po terminie", r.OpenOverdue.ToString(Polish)],
                ["Mediana dni od wpływu do zakończenia", Days(r.MedianDaysToClose)],
                ["Zawiadomienia o zwłoce (art. 36 KPA)", r.DelayNotices.ToString(Polish)],
                ["Skargi uznane za zasadne lub częściowo zasadne", $"{r.ComplaintsJustified.ToString(Polish)} z {r.ComplaintsAssessed.ToString(Polish)} rozpatrzonych ({Percent(r.ShareJustified)})"],
            ]) { Align = [ColumnAlign.Left, ColumnAlign.Right], RelativeWidths = [3, 2] },
            CountTable("Według rodzaju", "Rodzaj", r.ByKind, r.Received),
            CountTable("Według sposobu wniesienia", "Sposób wniesienia", r.ByChannel, r.Received),
            CountTable("Według komórki organizacyjnej, której sprawa dotyczy", "Komórka", r.ByUnit, r.Received),
            new Heading(2, "Jak liczono"),
            new BulletList(
            [
                "Rok sprawy to rok wpisu do rejestru (art. 254 KPA).",
                "W terminie: zakończone najpóźniej w ostatnim dniu terminu ustawowego (art. 237, 244 KPA, art. 10 ustawy o petycjach, z przesunięciem z art. 57 § 4 KPA); nowy termin z zawiadomienia o zwłoce nie jest tu wliczany.",
                "Mediana dni: dni kalendarzowe od wpływu do zakończenia sprawy; przy parzystej liczbie spraw średnia dwóch środkowych wartości.",
                "Skargi zasadne: wynik „zasadna” lub „częściowo zasadna” wśród skarg z rozstrzygnięciem co do istoty.",
            ]),
        };
        return new Document($"Sprawozdanie – skargi, wnioski i petycje {r.Year}", blocks)
        {
            Author = officeName,
            Subject = $"Rejestr skarg, wniosków i petycji {r.Year}",
            Footer = $"{officeName} · sprawozdanie za rok {r.Year}",
            CreatedAt = new DateTimeOffset(today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
        };
    }

    private static Table CountTable(string caption, string header, IReadOnlyList<ReportCount> counts, int total) =>
        new Table([header, "Liczba", "Udział"],
            counts.Count == 0
                ? [["brak spraw", "0", "–"]]
                : counts.Select(c => (IReadOnlyList<string>)[c.Label, c.Count.ToString(Polish), Percent(total == 0 ? null : (double)c.Count / total)]).ToList())
        { Caption = caption, Align = [ColumnAlign.Left, ColumnAlign.Right, ColumnAlign.Right], RelativeWidths = [4, 1, 1] };
}
