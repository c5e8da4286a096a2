using GlosKlienta.Documents;
using GlosKlienta.Domain.Register;
using GlosKlienta.Web.Features.Register.Reports;

namespace GlosKlienta.Web.Features.Register.Disposal;

/// <summary>The protokół brakowania as one <see cref="Document"/>: rendered to HTML on its page and to PDF, ODT and DOCX.</summary>
public static class DisposalProtocolDocument
{
    public static Document Build(DisposalProtocol p, string officeName, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(p);
        var items = p.Items;
        string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var rows = items.Select((x, i) => (IReadOnlyList<string>)
        [
            (i + 1).ToString(CultureInfo.InvariantCulture),
            x.RegisterNumber,
            x.CaseMark ?? "—",
            x.JrwaClass ?? "—",
            Enum.TryParse<CaseKind>(x.Kind, out var kind) ? ReportLabels.Kind(kind) : x.Kind,
            x.Category,
            Iso(x.ReceivedOn) + " – " + Iso(x.ClosedOn),
        ]).ToList();
        var years = items.Count == 0 ? "" : $"{items.Min(x => x.ReceivedOn.Year)}–{items.Max(x => x.ClosedOn.Year)}";
        var blocks = new List<Block>
        {
            new Paragraph(officeName),
            new Heading(1, $"Protokół brakowania dokumentacji niearchiwalnej nr {p.ProtocolNumber}"),
            new Paragraph($"Sporządzony dnia {PolishDates.Day(p.ProtocolDate)} r. Rejestr skarg, wniosków i petycji (art. 254 KPA): akta spraw, których okres przechowywania upłynął według kategorii archiwalnej jednolitego rzeczowego wykazu akt."),
            new Table(["Pole", "Wartość"],
            [
                ["Numer protokołu", p.ProtocolNumber],
                ["Data brakowania", PolishDates.Day(p.ProtocolDate)],
                ["Brakowania dokonał(a)", p.DisposedBy],
                ["Zgoda archiwum państwowego", p.ArchiveConsent ?? "nie dotyczy (wyłącznie kategoria B)"],
                ["Liczba spraw", items.Count.ToString(CultureInfo.InvariantCulture)],
                ["Daty skrajne", years],
            ]) { ShowHeader = false, RelativeWidths = [1, 2] },
            new Heading(2, "Wykaz wybrakowanej dokumentacji"),
            new Table(["Lp.", "Nr w rejestrze", "Znak sprawy", "Symbol JRWA", "Rodzaj", "Kategoria", "Daty skrajne"], rows)
            {
                Caption = $"Sprawy wybrakowane protokołem nr {p.ProtocolNumber}",
                RelativeWidths = [0.5, 1.1, 1.6, 0.9, 1.2, 0.9, 2.1],
                Align = [ColumnAlign.Right, ColumnAlign.Left, ColumnAlign.Left, ColumnAlign.Left, ColumnAlign.Left, ColumnAlign.Left, ColumnAlign.Left],
            },
            new Paragraph("Z akt wymienionych spraw usunięto dane osobowe, treść pism i załączniki; w rejestrze pozostały numer, znak i rodzaj sprawy, daty, sposób załatwienia oraz adnotacja o brakowaniu."),
        };
        if (p.Note is not null) blocks.Add(new FieldToComplete("Uwagi", p.Note, 0));
        blocks.Add(new Spacer(12));
        blocks.Add(new SignatureLines(["prowadzący rejestr", "zatwierdzam (kierownik urzędu)"]));
        return new Document($"Protokół brakowania nr {p.ProtocolNumber}", blocks)
        {
            Author = officeName,
            Subject = "Protokół brakowania dokumentacji niearchiwalnej",
            CreatedAt = TimeZoneInfo.ConvertTime(p.CreatedAt, zone),
            Footer = $"Protokół brakowania nr {p.ProtocolNumber}",
        };
    }

    public static string FileName(DisposalProtocol p, DocumentFormat format) =>
        "protokol-brakowania-" + p.ProtocolNumber.Replace('/', '-') + FormatInfo.Extension(format);
}
