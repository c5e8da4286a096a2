using GlosKlienta.Documents;
using GlosKlienta.Domain.Analysis;
using GlosKlienta.Domain.Review;
using static GlosKlienta.Web.Features.Analysis.F2Document;

namespace GlosKlienta.Web.Features.Review;

/// <summary>Everything the review document says besides the figures.</summary>
public sealed record ReviewDocumentContext(
    string OfficeName, string? Number, DateOnly? HeldOn, string? Participants, string? Assessment, string? Changes, string? Resources,
    string? ApprovedBy, DateTimeOffset? ApprovedAt, DateTimeOffset CreatedAt, TimeZoneInfo TimeZone)
{
    /// <summary>The kept records' chain heads when the document was made (<see cref="RecordChains.StampAsync"/>); frozen with it at approval.</summary>
    public RecordsStamp? Records { get; init; }
}

/// <summary>
/// The management review (przegląd zarządzania) as one <see cref="Document"/>, in Polish: the 9.3.2 inputs this system
/// knows, then the review's outputs (9.3.3) and its decisions. The page shows the same blocks (<see cref="InputBlocks"/>).
/// </summary>
public static class ReviewDocument
{
    public const string Title = "Przegląd zarządzania";

    private static readonly CultureInfo Pl = CultureInfo.GetCultureInfo("pl-PL");

    private static string Date(DateOnly d) => d.ToString("dd.MM.yyyy", Pl);

    public static Document Build(ReviewFigures f, ReviewDocumentContext c)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(c);
        var title = c.Number is null ? Title : $"{Title} {c.Number}";
        var blocks = new List<Block>
        {
            new Heading(1, title),
            new Paragraph([new Run("Okres objęty przeglądem: "), new Run($"{Date(f.From)}–{Date(f.To)}", Bold: true)]),
            new Paragraph(c.OfficeName + ". Procedura P/7/5 „Komunikacja z klientem”, wiersz 10; PN-EN ISO 9001:2015, pkt 9.3."),
        };
        if (c.HeldOn is { } held) blocks.Add(new Paragraph($"Przegląd odbył się {PolishDates.Day(held)} r." + (c.Participants is { } who ? " Uczestnicy: " + who + "." : "")));
        blocks.Add(new Paragraph($"Dane według stanu na {PolishDates.Day(f.AsOf)} r."));
        if (c.ApprovedAt is null)
            blocks.Add(new Paragraph([new Run("PROJEKT – materiały niezatwierdzone. Liczby mogą się jeszcze zmienić.", Bold: true)]));
        blocks.AddRange(InputBlocks(f));
        blocks.AddRange(OutputBlocks(f, c));
        var drawnUp = "Przygotował: Pełnomocnik ds. SZJ (data, podpis)";
        var approved = c.ApprovedAt is { } at
            ? $"Zatwierdził: {c.ApprovedBy}, {TimeZoneInfo.ConvertTime(at, c.TimeZone):dd.MM.yyyy}, godz. {TimeZoneInfo.ConvertTime(at, c.TimeZone):HH:mm} (podpis)"
            : "Zatwierdził: Burmistrz (data, podpis)";
        blocks.Add(new Spacer(10));
        blocks.Add(new SignatureLines([drawnUp, approved]));
        if (c.Records is { } records) blocks.Add(RecordsLine(records, c.ApprovedAt is not null));
        return new Document($"{title} – {Date(f.From)}–{Date(f.To)}", blocks)
        {
            Author = c.ApprovedBy ?? "Pełnomocnik ds. SZJ",
            Subject = $"P/7/5 przegląd zarządzania {f.From:yyyy-MM-dd}–{f.To:yyyy-MM-dd}",
            CreatedAt = c.CreatedAt,
            Footer = $"P/7/5 – {title}, {Date(f.From)}–{Date(f.To)}" + (c.ApprovedAt is null ? " – PROJEKT" : ""),
        };
    }

    /// <summary>The inputs (9.3.2), numbered 1-6.</summary>
    public static IEnumerable<Block> InputBlocks(ReviewFigures f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return [.. Satisfaction(f), .. Register(f), .. Actions(f), .. Previous(f), .. Information(f), .. Perception(f)];
    }

    private static IEnumerable<Block> Satisfaction(ReviewFigures f)
    {
        yield return new Heading(2, "1. Zadowolenie klientów");
        if (f.Satisfaction.Count == 0)
        {
            yield return new Paragraph("Brak odpowiedzi na ankietę F1 w półroczach objętych przeglądem.");
            yield break;
        }
        yield return new Paragraph("Półrocza z zatwierdzonych protokołów F2 (liczby zamrożone przy zatwierdzeniu); półrocze bez zatwierdzonego protokołu – liczone w dniu sporządzenia materiałów. "
            + "Dwa wcześniejsze półrocza pokazano dla trendu.");
        yield return new Table(["Półrocze", "Protokół", "Ankiety", "Internet", "Kiosk", "Papier", "Wskaźnik obsługi (95% CI)", "„Nie w terminie”"],
            f.Satisfaction.Select(p => (IReadOnlyList<string>)[
                p.PeriodName + (p.InRange ? "" : " (trend)"),
                p.Approved ? "zatwierdzony" : "projekt",
                Count(p.Responses), Count(p.Online), Count(p.Kiosk), Count(p.Paper),
                p.IndexReliable && p.ServiceIndex is { } ix ? $"{Num(ix, "0.0")} ({Num(p.IndexLower, "0.0")}–{Num(p.IndexUpper, "0.0")})" : "nie podaje się",
                p.Timeliness is { N: > 0 } t ? ShareOf(t.NotOnTime, t.N) : "–"]).ToList())
        {
            Caption = "Udział w badaniu i wskaźniki",
            Align = [ColumnAlign.Left, ColumnAlign.Left, ColumnAlign.Right, ColumnAlign.Right, ColumnAlign.Right, ColumnAlign.Right, ColumnAlign.Right, ColumnAlign.Right],
            RelativeWidths = [2.6, 1.7, 1.2, 1.2, 1, 1.1, 2.4, 2.2],
        };
        var items = f.Satisfaction.SelectMany(p => p.Ratings).Select(r => (r.Code, r.Text)).Distinct().ToList();
        if (items.Count > 0)
        {
            var periods = f.Satisfaction.Select(p => p.PeriodName).ToList();
            yield return new Chart(ChartKind.Lines, "Odsetek ocen 4–5 w półroczach",
                "Trend odsetka ocen dobrych i bardzo dobrych każdego elementu obsługi w kolejnych półroczach.",
                periods,
                items.Select(i => new ChartSeries(i.Text, f.Satisfaction.Select(p => p.Ratings.FirstOrDefault(r => r.Code == i.Code) is { N: > 0 } r && !MinimumCell.IsTooSmall(r.N) ? r.TopTwoShare : null).ToList(), SeriesStyle.Line)).ToList())
            { Percent = true, Min = 0, Max = 1, ValueAxisLabel = "% ocen 4–5", DataTable = false };
            yield return new Table(["Element obsługi", .. periods],
                items.Select(i => (IReadOnlyList<string>)[i.Text, .. f.Satisfaction.Select(p => p.Ratings.FirstOrDefault(r => r.Code == i.Code) is { } r ? TopTwo(r) : "–")]).ToList())
            {
                Caption = "Odsetek ocen 4–5 (95% CI); poniżej 30 odpowiedzi same liczby",
                Align = [ColumnAlign.Left, .. periods.Select(_ => ColumnAlign.Right)],
                RelativeWidths = [3, .. periods.Select(_ => 2.2)],
            };
        }
    }

    private static string TopTwo(RatingShare r) =>
        r.N == 0 ? "–" : MinimumCell.IsTooSmall(r.N) ? $"{Count(r.N)} odp." : $"{Pct(r.TopTwoShare)} ({Pct(r.Lower)}–{Pct(r.Upper)})";

    private static IEnumerable<Block> Register(ReviewFigures f)
    {
        var r = f.Register;
        yield return new Heading(2, "2. Skargi, wnioski i petycje");
        if (r.Received == 0)
        {
            yield return new Paragraph("W okresie nie wpisano do rejestru żadnej sprawy.");
            yield break;
        }
        var n = r.MemberNotices;
        yield return new Table(["Miara", "Wartość"],
        [
            ["Sprawy wpisane do rejestru", Count(r.Received)],
            ["Sprawy zakończone", Count(r.Closed)],
            ["Zakończone w terminie ustawowym", r.Closed == 0 ? "–" : $"{Count(r.ClosedOnTime)} ({Pct(r.ShareOnTime)})"],
            ["Otwarte po terminie", Count(r.OpenOverdue)],
            ["Mediana dni od wpływu do zakończenia", Num(r.MedianDaysToClose, "0.#")],
            ["Zawiadomienia o zwłoce (art. 36 KPA)", Count(r.DelayNotices)],
            ["Skargi zasadne lub częściowo zasadne", r.ComplaintsAssessed == 0 ? "–" : $"{Count(r.ComplaintsJustified)} z {Count(r.ComplaintsAssessed)} ({Pct(r.ShareJustified)})"],
            ["Zawiadomienia posła, senatora lub radnego (art. 237 § 2 KPA) w terminie", n.Owed == 0 ? "nie było" : $"{Count(n.OnTime)} z {Count(n.OnTime + n.Late)} wysłanych" + (n.Overdue > 0 ? $"; {Count(n.Overdue)} niewysłane po terminie" : "")],
        ]) { Align = [ColumnAlign.Left, ColumnAlign.Right], RelativeWidths = [3.5, 2] };
        yield return CountTable("Według rodzaju", "Rodzaj", r.ByKind, r.Received);
        yield return CountTable("Według komórki organizacyjnej", "Komórka", r.ByUnit, r.Received);
        yield return CountTable("Według wyniku", "Wynik", r.ByOutcome, r.Received);
    }

    private static Table CountTable(string caption, string label, IReadOnlyList<Domain.RegisterReports.ReportCount> counts, int total) =>
        new([label, "Liczba", "Udział"], counts.Select(c => (IReadOnlyList<string>)[c.Label, Count(c.Count), Pct((double)c.Count / total)]).ToList())
        {
            Caption = caption,
            Align = [ColumnAlign.Left, ColumnAlign.Right, ColumnAlign.Right],
            RelativeWidths = [4, 1, 1],
        };

    private static IEnumerable<Block> Actions(ReviewFigures f)
    {
        var a = f.Actions;
        yield return new Heading(2, "3. Działania korygujące i zapobiegawcze");
        yield return new Table(["Stan rejestru działań", "Liczba"],
        [
            ["Podjęte w okresie", Count(a.StartedInRange)],
            ["Otwarte (zaplanowane i w realizacji)", Count(a.Open)],
            ["w tym po terminie", Count(a.Overdue)],
            ["Zrealizowane, czekają na ocenę skuteczności", Count(a.Done)],
            ["Skuteczne", Count(a.Effective)],
            ["Nieskuteczne", Count(a.NotEffective)],
            ["Anulowane", Count(a.Cancelled)],
            ["Razem w rejestrze", Count(a.Total)],
        ]) { Align = [ColumnAlign.Left, ColumnAlign.Right], RelativeWidths = [4, 1] };
        if (f.OpenActions.Count > 0) yield return ActionTable("Działania otwarte i czekające na ocenę", f.OpenActions);
    }

    private static Table ActionTable(string caption, IReadOnlyList<ReviewAction> actions) =>
        new(["Nr", "Rodzaj", "Co", "Kto", "Termin", "Status"],
            actions.Select(x => (IReadOnlyList<string>)[x.Number, x.Kind, x.What, x.Owner, Date(x.Due), x.Status + (x.Overdue ? " – po terminie" : "")]).ToList())
        {
            Caption = caption,
            RelativeWidths = [1.1, 1.6, 4.5, 2.4, 1.5, 1.8],
        };

    private static IEnumerable<Block> Previous(ReviewFigures f)
    {
        yield return new Heading(2, "4. Decyzje poprzedniego przeglądu");
        if (f.Previous is not { } p)
        {
            yield return new Paragraph("Nie ma wcześniejszego zatwierdzonego przeglądu zarządzania.");
            yield break;
        }
        yield return new Paragraph($"Przegląd {p.Number} z {PolishDates.Day(p.HeldOn)} r.");
        yield return p.Decisions.Count == 0
            ? new Paragraph("Przegląd nie podjął decyzji wymagających działań.")
            : ActionTable("Stan realizacji decyzji", p.Decisions);
    }

    private static IEnumerable<Block> Information(ReviewFigures f)
    {
        var i = f.Information;
        yield return new Heading(2, "5. Informacja dla klientów");
        yield return new Table(["Miara", "Wartość"],
        [
            ["Tablice i wywieszki niezgodne ze spisem (do wydrukowania na nowo)", $"{Count(i.BoardsOutOfDate.Count)} z {Count(i.BoardsTotal)} wydrukowanych"],
            ["Wydrukowane, do zdjęcia (spis ich już nie podaje)", Count(i.BoardsToTakeDown)],
            ["Materiały informacyjne po terminie przeglądu", $"{Count(i.MaterialsOverdue.Count)} z {Count(i.MaterialsTotal)}"],
            ["Komunikaty prasowe opublikowane w okresie", Count(i.PressReleasesPublished.Count)],
        ]) { Align = [ColumnAlign.Left, ColumnAlign.Right], RelativeWidths = [4, 2] };
        if (i.BoardsOutOfDate.Count > 0) yield return new Paragraph("Niezgodne ze spisem: " + string.Join("; ", i.BoardsOutOfDate) + ".");
        if (i.MaterialsOverdue.Count > 0) yield return new Paragraph("Po terminie przeglądu: " + string.Join("; ", i.MaterialsOverdue) + ".");
    }

    private static IEnumerable<Block> Perception(ReviewFigures f)
    {
        yield return new Heading(2, "6. Postrzeganie a wykonanie");
        yield return new Paragraph($"Dla każdej komórki: odsetek ankietowanych, którzy odpowiedzieli, że sprawa nie została załatwiona w terminie (pytanie 6: „nie” wśród „tak” i „nie”), "
            + $"obok odsetka spraw z rejestru skarg i wniosków zakończonych w terminie ustawowym; ankiety i sprawy z okresu {Date(f.PerceptionFrom)}–{Date(f.PerceptionTo)}. "
            + "Ocena porównuje odsetek spraw „nie w terminie” z obu źródeł (przedział Newcombe’a 95% dla różnicy); poniżej 30 odpowiedzi komórki się nie ocenia. "
            + "Ankieta pyta o każdą sprawę, rejestr obejmuje tylko skargi i wnioski: rozbieżność wskazuje raczej na to, jak klientom tłumaczy się terminy, niż na same terminy.");
        if (f.Perception.Count == 0)
        {
            yield return new Paragraph("Brak danych o komórkach w ankietach i w rejestrze.");
            yield break;
        }
        yield return new Table(["Komórka", "„Nie w terminie” w ankietach (95% CI)", "W terminie według rejestru", "Ocena"],
            f.Perception.Select(r => (IReadOnlyList<string>)[
                r.Unit,
                r.SurveyAnswered == 0 ? "brak odpowiedzi" : MinimumCellText(r),
                r.RegisterMeasured == 0 ? "brak spraw" : $"{Count(r.RegisterOnTime)} z {Count(r.RegisterMeasured)}" + (r.RegisterMeasured >= 2 ? $" ({Pct(r.RegisterOnTimeShare)})" : ""),
                Verdict(r.Verdict)]).ToList())
        {
            Align = [ColumnAlign.Left, ColumnAlign.Right, ColumnAlign.Right, ColumnAlign.Left],
            RelativeWidths = [3.4, 2.6, 2, 3],
        };
    }

    private static string MinimumCellText(PerceptionRow r) =>
        MinimumCell.IsTooSmall(r.SurveyAnswered) ? $"{Count(r.SurveyNotOnTime)} z {Count(r.SurveyAnswered)}"
            : $"{Pct(r.SurveyNotOnTimeShare)} ({Pct(r.SurveyLower)}–{Pct(r.SurveyUpper)}), {Count(r.SurveyNotOnTime)} z {Count(r.SurveyAnswered)}";

    public static string Verdict(PerceptionVerdict v) => v switch
    {
        PerceptionVerdict.TooFewAnswers => "za mało odpowiedzi, by ocenić",
        PerceptionVerdict.NoCases => "brak spraw w rejestrze",
        PerceptionVerdict.Consistent => "zgodne (bez istotnej różnicy)",
        PerceptionVerdict.PerceivedLater => "klienci odczuwają zwłokę częściej, niż wynika z rejestru",
        PerceptionVerdict.RecordedLater => "rejestr wykazuje zwłokę częściej, niż odczuwają klienci",
        _ => v.ToString(),
    };

    private static IEnumerable<Block> OutputBlocks(ReviewFigures f, ReviewDocumentContext c)
    {
        yield return new Heading(2, "7. Wyniki przeglądu");
        // A draft printed for the meeting leaves lines to write on; the approved review says what was left empty.
        string? Written(string? value) => value ?? (c.ApprovedAt is null ? null : "Nie wskazano.");
        yield return new FieldToComplete("Ocena funkcjonowania systemu i możliwości doskonalenia", c.Assessment, 5);
        yield return new FieldToComplete("Potrzebne zmiany w systemie zarządzania jakością", Written(c.Changes), 3);
        yield return new FieldToComplete("Potrzebne zasoby", Written(c.Resources), 3);
        yield return new Heading(3, "Decyzje");
        yield return f.Decisions.Count == 0
            ? new Paragraph("Przegląd nie podjął decyzji wymagających działań.")
            : ActionTable("Decyzje przeglądu – każda jest działaniem w rejestrze działań", f.Decisions);
    }
}
