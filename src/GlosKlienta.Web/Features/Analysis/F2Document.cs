using GlosKlienta.Documents;
using GlosKlienta.Domain;
using GlosKlienta.Domain.Analysis;

namespace GlosKlienta.Web.Features.Analysis;

/// <summary>One survey box and what came out of it in the period; <see cref="Location"/> names it (the code is internal).</summary>
public sealed record BoxFigures(string Location, int Openings, int FormsCounted, int DoubleEntryOpenings, DateOnly? LastOpening);

/// <summary>How the paper forms were processed: box openings, keying, double-entry checks.</summary>
public sealed record PaperProcessing(IReadOnlyList<BoxFigures> Boxes, int Keyings, int SecondKeyings, int SettledDifferences, int BlankForms, int PaperResponses);

/// <summary>An action of the register that answers a threatened area of the period, as the protocol lists it.</summary>
public sealed record ActionLine(string AreaTitle, string Number, string Kind, string What, string Owner, DateOnly Due, string Status);

/// <summary>Everything the document says besides the figures.</summary>
public sealed record F2DocumentContext(
    string OfficeName,
    PaperProcessing Paper,
    IReadOnlyList<ActionLine> Actions,
    string? Conclusions,
    string? ApprovedBy,
    DateTimeOffset? ApprovedAt,
    DateTimeOffset CreatedAt)
{
    /// <summary>The office's time zone: every date and time in the document is the office's, all year.</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;
    /// <summary>Who receives the protocol (the distribution line).</summary>
    public IReadOnlyList<string> Distribution { get; init; } = [];
    /// <summary>The half-year's box-opening day (<see cref="Domain.Analysis.BoxOpeningDay"/>); null for an annual analysis.</summary>
    public DateOnly? BoxOpeningDay { get; init; }
    /// <summary>Active boxes not opened on that day or later, and the Pełnomocnik's reason for going on without them.</summary>
    public IReadOnlyList<string> UnopenedBoxes { get; init; } = [];
    public string? UnopenedBoxesReason { get; init; }
    /// <summary>The kept records' chain heads when the document was made (<see cref="RecordChains.StampAsync"/>); frozen with it at approval.</summary>
    public RecordsStamp? Records { get; init; }
}

/// <summary>
/// The F2 protocol ("Protokół z badania zadowolenia Klienta") or the annual analysis as one
/// <see cref="Document"/>, in Polish, from the figures. The dashboard uses the result sections
/// (<see cref="ResultBlocks"/>) so the page, the PDF and the DOCX show the same charts and tables.
/// </summary>
public static class F2Document
{
    public const string Title = "Protokół z badania zadowolenia Klienta";
    public const string AnnualTitle = "Analiza roczna badania zadowolenia Klienta";

    private static readonly CultureInfo Pl = CultureInfo.GetCultureInfo("pl-PL");

    public static string Pct(double? v) => v is { } x ? (x * 100).ToString("0.0", Pl) + "%" : "–";
    public static string Num(double? v, string format = "0.00") => v is { } x ? x.ToString(format, Pl) : "–";
    public static string Count(int v) => v.ToString("N0", Pl);

    /// <summary>A number and its noun in the right Polish form: "1 odpowiedź", "3 odpowiedzi", "2 formularze".</summary>
    public static string Count(int v, string one, string few, string many) => PolishPlural.Count(v, one, few, many);

    /// <summary>A month as a person reads it: "styczeń 2026" (the figures keep "2026-01").</summary>
    public static string Month(string key) =>
        DateOnly.ParseExact(key + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("MMMM yyyy", Pl);

    /// <summary>A share with its counts: "33,3% (10 z 30)"; under <see cref="MinimumCell.Answers"/> the counts only, a share of so few says little.</summary>
    public static string ShareOf(int count, int n) =>
        n == 0 ? "–" : MinimumCell.IsTooSmall(n) ? $"{Count(count)} z {Count(n)}" : $"{Pct((double)count / n)} ({Count(count)} z {Count(n)})";
    public static string P(double? v) => v is { } x ? x < 0.001 ? "< 0,001" : x.ToString("0.000", Pl) : "–";

    /// <summary>"p = 0,012" or "p &lt; 0,001" (never "p = &lt; 0,001").</summary>
    public static string PEq(double? v, string name = "p") => (name.Length > 0 ? name + " " : "") + (v is < 0.001 ? "< 0,001" : "= " + P(v));

    public static string Verdict(ChangeVerdict v) => v switch
    {
        ChangeVerdict.Higher => "wzrost (istotny)",
        ChangeVerdict.Lower => "spadek (istotny)",
        ChangeVerdict.NoChange => "bez istotnej zmiany",
        ChangeVerdict.TooSmallToJudge => "za mało odpowiedzi",
        ChangeVerdict.NotTestable => "brak danych do porównania",
        _ => v.ToString(),
    };

    /// <summary>
    /// The line that ties a document to the kept records as they were: the combined head of every chain and the audit
    /// log's own (<see cref="RecordsStamp"/>). Compare it with <c>verify-records</c> or /personel/rejestry-niezmienne later.
    /// </summary>
    public static Paragraph RecordsLine(RecordsStamp records, bool approved)
    {
        ArgumentNullException.ThrowIfNull(records);
        return new Paragraph((approved ? "Stan rejestrów niezmiennych przy zatwierdzeniu (SHA-256 łańcuchów): " : "Stan rejestrów niezmiennych przy sporządzeniu projektu (SHA-256 łańcuchów): ") + records.Text + ".");
    }

    public static Document Build(F2Figures f, F2DocumentContext c)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(c);
        bool annual = ReportingPeriod.Parse(f.Period).IsYear;
        var title = annual ? AnnualTitle : Title;
        var blocks = new List<Block>
        {
            new Heading(1, title),
            new Paragraph([new Run("Okres: "), new Run($"{f.PeriodName} ({f.From:dd.MM.yyyy}–{f.To:dd.MM.yyyy})", Bold: true)]),
            new Paragraph(c.OfficeName + ". Procedura P/7/5 „Komunikacja z klientem”, wiersz 9."),
        };
        if (c.ApprovedAt is null)
            blocks.Add(new Paragraph([new Run("PROJEKT – dokument niezatwierdzony. Liczby mogą się jeszcze zmienić.", Bold: true)]));

        blocks.AddRange(MethodBlocks(f, c));
        blocks.AddRange(SampleBlocks(f));
        blocks.Add(new Heading(2, "3. Wyniki"));
        blocks.AddRange(ResultBlocks(f));
        blocks.AddRange(RemarkBlocks(f));
        blocks.AddRange(ComplaintBlocks(f));
        blocks.AddRange(ComparisonBlocks(f));
        blocks.AddRange(ThreatBlocks(f));
        blocks.Add(new Heading(2, "6. Proponowane działania zapobiegawcze i audity"));
        blocks.AddRange(FollowUpBlocks(f));
        if (c.Actions.Count == 0)
            blocks.Add(new Paragraph("Nie zaproponowano działań."));
        else
            blocks.Add(new Table(["Nr", "Obszar", "Rodzaj", "Co", "Kto", "Termin", "Status"],
                c.Actions.Select(a => (IReadOnlyList<string>)[a.Number, a.AreaTitle, a.Kind, a.What, a.Owner, a.Due.ToString("dd.MM.yyyy", Pl), a.Status]).ToList())
            { RelativeWidths = [1.1, 3, 1.5, 4, 2, 1.5, 1.5] });
        blocks.Add(new Heading(2, "7. Wnioski Pełnomocnika ds. SZJ"));
        blocks.Add(new FieldToComplete("Wnioski", string.IsNullOrWhiteSpace(c.Conclusions) ? null : c.Conclusions, 6));
        if (c.Distribution.Count > 0)
            blocks.Add(new Paragraph("Otrzymują: " + string.Join(", ", c.Distribution) + "."));
        blocks.Add(new Spacer(10));
        // Procedure row 9: the Pełnomocnik draws up the protocol; the procedure names no approver of F2, so
        // the protocol has no "Zatwierdził" line; the Burmistrz acknowledges it.
        var drawnUp = c.ApprovedAt is { } at
            ? $"Sporządził: {c.ApprovedBy}, Pełnomocnik ds. SZJ, {TimeZoneInfo.ConvertTime(at, c.TimeZone):dd.MM.yyyy}, godz. {TimeZoneInfo.ConvertTime(at, c.TimeZone):HH:mm} (podpis)"
            : "Sporządził: Pełnomocnik ds. SZJ (data, podpis)";
        blocks.Add(new SignatureLines([drawnUp, "Zapoznał się: Burmistrz (data, podpis)"]));
        if (c.Records is { } records) blocks.Add(RecordsLine(records, c.ApprovedAt is not null));

        return new Document($"{title} – {f.PeriodName}", blocks)
        {
            Author = c.ApprovedBy ?? "Pełnomocnik ds. SZJ",
            Subject = "P/7/5 F2 " + f.Period,
            CreatedAt = c.CreatedAt,
            Footer = $"P/7/5 F2 – {f.PeriodName}" + (c.ApprovedAt is null ? " – PROJEKT" : ""),
        };
    }

    private static IEnumerable<Block> MethodBlocks(F2Figures f, F2DocumentContext c)
    {
        yield return new Heading(2, "1. Sposób przetworzenia danych");
        yield return new Paragraph(
            $"Ankiety F1 zebrano trzema kanałami: przez internet ({Count(f.Online)}), na kiosku w urzędzie ({Count(f.Kiosk)}) "
            + $"i na papierze ({Count(f.Paper)}); razem {Count(f.Responses, "ankieta", "ankiety", "ankiet")} z okresu {f.PeriodName}.");
        if (c.Paper.Boxes.Count > 0)
            yield return new Table(["Skrzynka", "Otwarcia", "Formularze", "Otwarcia z podwójnym wprowadzaniem", "Ostatnie otwarcie"],
                c.Paper.Boxes.Select(b => (IReadOnlyList<string>)[b.Location, Count(b.Openings), Count(b.FormsCounted), Count(b.DoubleEntryOpenings),
                    b.LastOpening?.ToString("dd.MM.yyyy", Pl) ?? "–"]).ToList())
            {
                Caption = "Otwarcia skrzynek na ankiety, które obejmuje protokół",
                Align = [ColumnAlign.Left, ColumnAlign.Right, ColumnAlign.Right, ColumnAlign.Right, ColumnAlign.Right],
                RelativeWidths = [5, 1.2, 1.4, 2, 1.6],
            };
        if (c.BoxOpeningDay is { } openingDay)
            yield return new Paragraph(c.UnopenedBoxes.Count == 0
                ? $"Wszystkie skrzynki otwarto w dniu zamknięcia okresu ({openingDay:dd.MM.yyyy}) lub później: ankiety wrzucone w tym okresie są w protokole."
                : $"Nie otwarto w dniu zamknięcia okresu ({openingDay:dd.MM.yyyy}) ani później: {string.Join("; ", c.UnopenedBoxes)}. "
                  + (string.IsNullOrWhiteSpace(c.UnopenedBoxesReason) ? "Ankiety z tych skrzynek mogą nie być w protokole." : "Powód podany przez Pełnomocnika: " + c.UnopenedBoxesReason));
        var paper = c.Paper;
        yield return new Paragraph(
            (paper.Keyings == 0
                ? "W okresie nie wprowadzano w systemie formularzy papierowych. "
                : $"Formularze papierowe wprowadzono do systemu: {Count(paper.Keyings, "wprowadzenie", "wprowadzenia", "wprowadzeń")}, "
                  + $"w tym {Count(paper.SecondKeyings, "powtórne", "powtórne", "powtórnych")} przy podwójnym wprowadzaniu; "
                  + $"{Count(paper.SettledDifferences, "formularz", "formularze", "formularzy")} z rozbieżnościami rozstrzygnięto trzecim odczytem; "
                  + $"pustych formularzy: {Count(paper.BlankForms)}. ")
            + $"Z papieru pochodzi {Count(paper.PaperResponses, "odpowiedź", "odpowiedzi", "odpowiedzi")}"
            + (paper.Keyings == 0 && paper.PaperResponses > 0 ? " (wczytanych z pliku danych, nie wprowadzanych w systemie)" : "")
            + ". Ankiety internetowe i z kiosku zapisują się same, bez przepisywania.");
        yield return new Paragraph(
            "Metody: rozkład ocen 1–5, mediana i rozstęp międzykwartylowy, średnia z 95% przedziałem ufności (t-Studenta), "
            + "odsetek ocen 4–5 (top-two-box) z przedziałem Wilsona, odsetek ocen 1–2, saldo zadowolenia (4–5 minus 1–2). "
            + "Wskaźnik obsługi (0–100) z pięciu ocen podaje się tylko, gdy alfa Cronbacha wynosi co najmniej 0,7. "
            + "Porównania okresów: test U Manna-Whitneya z wielkością efektu r dla ocen, chi-kwadrat (test dokładny Fishera, gdy liczność oczekiwana < 5) "
            + "dla pytań wyboru, przedział Newcombe'a dla zmiany odsetka ocen 4–5, korekta Holma w obrębie pytania. "
            + "Zmianę nazywa się zmianą tylko wtedy, gdy jest istotna (p < 0,05) po korekcie.");
        yield return new Paragraph("Karta kontrolna p: " + f.DissatisfiedDefinition + " Granice kontrolne ±3 odchylenia standardowe dla liczności każdego miesiąca.");
        foreach (var note in f.Notes) yield return new Paragraph(note);
    }

    private static IEnumerable<Block> SampleBlocks(F2Figures f)
    {
        yield return new Heading(2, "2. Próba i jej ograniczenia");
        yield return new Paragraph(
            "Próba jest samodobierająca się: ankietę wypełniają klienci, którzy zechcieli, więc wyniki opisują tych, którzy odpowiedzieli, "
            + "a nie wszystkich klientów urzędu. Każda odpowiedź jest dobrowolna, stąd różne liczby odpowiedzi w pytaniach. "
            + $"Grupy (komórki, kanały, wiek, płeć) z mniej niż {MinimumCell.Answers} odpowiedziami pokazuje się jako zbyt małe do oceny i nie szereguje.");
        if (f.Responses == 0)
        {
            yield return new Paragraph("Brak danych: w okresie nie zebrano żadnej ankiety.");
            yield break;
        }
        yield return new Table(["Miesiąc", "Ankiety"], f.ByMonth.Select(m => (IReadOnlyList<string>)[Month(m.Month), Count(m.Responses)]).ToList())
        {
            Caption = "Liczba ankiet w miesiącach",
            Align = [ColumnAlign.Left, ColumnAlign.Right],
        };
    }

    /// <summary>Results: the rating items, the index, charts of distributions, trends and the p-chart, breakdowns, drivers, Pareto, questions.</summary>
    public static IEnumerable<Block> ResultBlocks(F2Figures f)
    {
        ArgumentNullException.ThrowIfNull(f);
        if (f.Responses == 0)
        {
            // An empty period has no distributions, trends or breakdowns: pages of dashes say nothing.
            yield return new Paragraph("Brak danych: w okresie nie zebrano żadnej ankiety, więc nie ma wyników do pokazania.");
            yield break;
        }
        var items = f.Ratings.Select(r => r.Text).ToList();
        yield return new Heading(3, "Ocena jakości usługi");
        if (f.Ratings.Count > 0)
        {
            yield return new Chart(ChartKind.HorizontalBars, "Rozkład ocen 1–5", "Odsetek każdej oceny od 1 do 5 w pięciu elementach obsługi.", items,
                Enumerable.Range(1, 5).Select(v => new ChartSeries("ocena " + v.ToString(CultureInfo.InvariantCulture),
                    f.Ratings.Select(r => r.N == 0 ? (double?)null : (double)r.Counts[v - 1] / r.N).ToList())).ToList())
            { Percent = true, ValueAxisLabel = "% odpowiedzi", Min = 0, Max = 1 };
            yield return new Table(["Element", "n", "Brak odp.", "Średnia (95% CI)", "Mediana (IQR)", "Oceny 4–5 (95% CI)", "Oceny 1–2", "Saldo"],
                f.Ratings.Select(r => (IReadOnlyList<string>)[
                    r.Text + (r.TooSmallToJudge ? " (za mało odpowiedzi)" : ""), Count(r.N), Count(r.Blank),
                    $"{Num(r.Mean)} ({Num(r.MeanLower)}–{Num(r.MeanUpper)})",
                    $"{Num(r.Median, "0.#")} ({Num(r.LowerQuartile, "0.#")}–{Num(r.UpperQuartile, "0.#")})",
                    $"{Pct(r.TopTwoShare)} ({Pct(r.TopTwoLower)}–{Pct(r.TopTwoUpper)})", Pct(r.BottomTwoShare), Pct(r.NetSatisfaction)]).ToList())
            {
                Caption = "Oceny elementów obsługi",
                Align = [ColumnAlign.Left, ColumnAlign.Right, ColumnAlign.Right, ColumnAlign.Right, ColumnAlign.Right, ColumnAlign.Right, ColumnAlign.Right, ColumnAlign.Right],
                RelativeWidths = [3, 1, 1, 2, 1.5, 2.2, 1.2, 1.2],
            };
            var ix = f.ServiceIndex;
            yield return new Paragraph(ix.Reliable
                ? $"Wskaźnik obsługi: {Num(ix.Index, "0.0")} na 100 (95% CI {Num(ix.IndexLower, "0.0")}–{Num(ix.IndexUpper, "0.0")}), z {Count(ix.CompleteResponses)} ankiet z kompletem ocen; alfa Cronbacha {Num(ix.Alpha)}."
                : $"Wskaźnika obsługi nie podaje się: alfa Cronbacha {Num(ix.Alpha)} (wymagane co najmniej 0,7; ankiet z kompletem ocen: {Count(ix.CompleteResponses)}).");
        }

        if (f.Trends.Count > 0)
            yield return new Chart(ChartKind.Lines, "Odsetek ocen 4–5 w miesiącach", "Trend miesięczny odsetka ocen dobrych i bardzo dobrych w każdym elemencie obsługi.",
                f.ByMonth.Select(m => Month(m.Month)).ToList(),
                f.Trends.Select(t => new ChartSeries(t.Text, t.TopTwoShare, SeriesStyle.Line)).ToList())
            { Percent = true, Min = 0, Max = 1, ValueAxisLabel = "% ocen 4–5" };

        var pc = f.DissatisfiedChart;
        yield return new Chart(ChartKind.Lines, "Karta p: odsetek niezadowolonych", f.DissatisfiedDefinition + " Linia centralna i granice kontrolne.",
            pc.Points.Select(p => Month(p.Month)).ToList(),
            [
                new ChartSeries("Odsetek niezadowolonych", pc.Points.Select(p => p.Share).ToList(), SeriesStyle.Line),
                new ChartSeries("Linia centralna", pc.Points.Select(p => p.Answered == 0 ? null : pc.CentreLine).ToList(), SeriesStyle.Dashed),
                new ChartSeries("Górna granica kontrolna", pc.Points.Select(p => p.UpperLimit).ToList(), SeriesStyle.Dashed),
                new ChartSeries("Dolna granica kontrolna", pc.Points.Select(p => p.LowerLimit).ToList(), SeriesStyle.Dashed),
            ])
        { Percent = true, Min = 0, ValueAxisLabel = "% niezadowolonych" };
        var signals = pc.Points.Where(p => p.Signal is PChartSignal.AboveUpperLimit or PChartSignal.BelowLowerLimit).ToList();
        yield return new Paragraph(pc.Points.All(p => p.Answered == 0)
            ? "Brak danych: w okresie nikt nie ocenił obsługi, karty kontrolnej nie da się wykreślić."
            : signals.Count == 0
            ? "Żaden miesiąc nie wychodzi poza granice kontrolne."
            : "Poza granicami kontrolnymi: " + string.Join("; ", signals.Select(p => $"{Month(p.Month)} ({Pct(p.Share)}, {(p.Signal == PChartSignal.AboveUpperLimit ? "powyżej górnej" : "poniżej dolnej")})")) + ".");

        if (f.Timeliness is { } tl)
        {
            yield return new Heading(3, "Załatwienie sprawy w terminie");
            yield return new Paragraph(tl.N == 0
                ? $"Brak danych: nikt nie odpowiedział „tak” ani „nie” na pytanie o termin (odpowiedzi „nie dotyczy: sprawa w toku”: {Count(tl.NotApplicable)})."
                : $"Sprawa nie załatwiona w terminie: {ShareOf(tl.NotOnTime, tl.N)} wśród odpowiadających „tak” lub „nie”"
                  + (tl.Lower is { } lo && !MinimumCell.IsTooSmall(tl.N) ? $", 95% CI {Pct(lo)}–{Pct(tl.Upper)}" : "")
                  + $". Odpowiedzi „nie dotyczy: sprawa w toku” ({Count(tl.NotApplicable)}) nie mówią o terminowości i nie wchodzą do tego odsetka.");
            if (f.TimelinessByMonth.Any(m => m.N > 0))
                yield return new Table(["Miesiąc", "Odpowiedzi tak/nie", "Nie w terminie"],
                    f.TimelinessByMonth.Select(m => (IReadOnlyList<string>)[Month(m.Month), Count(m.N), ShareOf(m.NotOnTime, m.N)]).ToList())
                {
                    Caption = "Sprawy nie załatwione w terminie w miesiącach",
                    Align = [ColumnAlign.Left, ColumnAlign.Right, ColumnAlign.Right],
                };
        }

        foreach (var b in f.Breakdowns)
        {
            yield return new Heading(3, "Wyniki według: " + b.Label);
            var judged = b.Groups.Where(g => !g.TooSmallToJudge && g.Score is not null).OrderBy(g => g.Rank).ToList();
            if (judged.Count > 0)
                yield return new Chart(ChartKind.HorizontalBars, "Oceny 4–5 według: " + b.Label,
                    $"Odsetek ocen 4–5 (wszystkie elementy razem) w grupach z co najmniej {MinimumCell.Answers} odpowiedziami; mniejsze grupy są tylko w tabeli.",
                    judged.Select(g => g.Label).ToList(), [new ChartSeries("oceny 4–5", judged.Select(g => g.Score).ToList())])
                { Percent = true, Min = 0, Max = 1 };
            // Two tables rather than one of 11 columns, so that every cell reads whole on a portrait page.
            yield return new Table(["Grupa", "Ankiety", "Oceniło", "Oceny 4–5", "Miejsce", "Nie w terminie"],
                b.Groups.Select(g => (IReadOnlyList<string>)[
                    g.Label, Count(g.Responses), Count(g.Rated),
                    g.TooSmallToJudge ? "za mało ocen" : Pct(g.Score),
                    g.Rank?.ToString(CultureInfo.InvariantCulture) ?? "–",
                    ShareOf(g.NotOnTime, g.OnTimeAnswered)]).ToList())
            {
                Caption = $"Wyniki według: {b.Label}. Grupy poniżej {MinimumCell.Answers} odpowiedzi nie są szeregowane, a ich odsetki zastępują liczby.",
                Align = [ColumnAlign.Left, ColumnAlign.Right, ColumnAlign.Right, ColumnAlign.Right, ColumnAlign.Right, ColumnAlign.Right],
                RelativeWidths = [4, 1.3, 1.3, 1.5, 1.2, 2.4],
            };
            if (f.Ratings.Count > 0)
                yield return new Table(["Grupa", .. f.Ratings.Select(r => r.Text)],
                    b.Groups.Select(g => (IReadOnlyList<string>)[g.Label,
                        .. g.Items.Select(c => c.N == 0 ? "–" : MinimumCell.IsTooSmall(c.N) ? $"{Count((int)Math.Round((c.TopTwoShare ?? 0) * c.N))} z {Count(c.N)}" : Pct(c.TopTwoShare))]).ToList())
                {
                    Caption = $"Odsetek ocen 4–5 w elementach obsługi według: {b.Label} (w grupach poniżej {MinimumCell.Answers} ocen: liczba ocen 4–5 z liczby ocen)",
                    Align = [ColumnAlign.Left, .. f.Ratings.Select(_ => ColumnAlign.Right)],
                    RelativeWidths = [3, .. f.Ratings.Select(_ => 1.4)],
                };
        }

        if (f.Drivers.Count > 0)
        {
            yield return new Heading(3, "Czynniki zadowolenia (ważność i wykonanie)");
            yield return new Table(["Element", "Ważność: rho Spearmana ze wskaźnikiem", "n", "Wykonanie: oceny 4–5", "Ćwiartka"],
                f.Drivers.Select(d => (IReadOnlyList<string>)[d.Text, Num(d.Rho), Count(d.N), Pct(d.Performance), Quadrant(d.Quadrant)]).ToList())
            { Caption = "Analiza ważność–wykonanie (ważność: korelacja oceny z sumą ocen; osie w średnich)" };
        }

        foreach (var pareto in f.Paretos)
        {
            yield return new Heading(3, pareto.Title);
            if (pareto.Bars.Count == 0 || pareto.Bars.All(b => b.Count == 0))
            {
                yield return new Paragraph("Brak wskazań.");
                continue;
            }
            yield return new Chart(ChartKind.HorizontalBars, pareto.Title, "Wykres Pareto: liczba wskazań malejąco z udziałem skumulowanym w tabeli.",
                pareto.Bars.Select(b => b.Label).ToList(), [new ChartSeries("wskazania", pareto.Bars.Select(b => (double?)b.Count).ToList())])
            { ValueFormat = "0", DataTable = false };
            yield return new Table(["Wskazanie", "Liczba", "Udział", "Udział skumulowany"],
                pareto.Bars.Select(b => (IReadOnlyList<string>)[b.Label, Count(b.Count), Pct(b.Share), Pct(b.CumulativeShare)]).ToList())
            { Align = [ColumnAlign.Left, ColumnAlign.Right, ColumnAlign.Right, ColumnAlign.Right] };
        }

        yield return new Heading(3, "Odpowiedzi na pytania");
        foreach (var q in f.Questions)
        {
            yield return new Table(["Odpowiedź", "Liczba", "Udział"],
                [.. q.Options.Select(o => (IReadOnlyList<string>)[o.Text, Count(o.Count), Pct(o.Share)]), ["bez odpowiedzi", Count(q.Blank), ""]])
            {
                Caption = $"{(q.Number is null ? "" : q.Number + ". ")}{q.Text} (odpowiedzi: {Count(q.Answered)}{(q.Multiple ? "; można było wskazać kilka" : "")})",
                Align = [ColumnAlign.Left, ColumnAlign.Right, ColumnAlign.Right],
                RelativeWidths = [5, 1, 1],
            };
        }
    }

    /// <summary>The clients' free-text remarks: counts per category, with a few quotes that hold no personal data.</summary>
    private static IEnumerable<Block> RemarkBlocks(F2Figures f)
    {
        if (f.Remarks is not { } r) yield break;
        yield return new Heading(3, "Uwagi klientów");
        if (r.Total == 0)
        {
            yield return new Paragraph("Brak danych: w okresie klienci nie zostawili uwag.");
            yield break;
        }
        yield return new Paragraph($"Klienci zostawili {Count(r.Total, "uwagę", "uwagi", "uwag")} (w pytaniu o jakość usługi i w polu UWAGI); "
            + $"Pełnomocnik przeczytał i przypisał do kategorii {Count(r.Reviewed)}. Jedna uwaga może należeć do kilku kategorii. "
            + "Cytaty pomijają uwagi z danymi osobowymi.");
        if (r.Categories.Count > 0)
            yield return new Table(["Kategoria", "Uwagi", "Przykłady"],
                r.Categories.Select(c => (IReadOnlyList<string>)[c.Name, Count(c.Count),
                    c.Examples.Count == 0 ? "–" : string.Join("\n", c.Examples.Select(e => "„" + e + "”"))]).ToList())
            {
                Caption = "Uwagi klientów według kategorii",
                Align = [ColumnAlign.Left, ColumnAlign.Right, ColumnAlign.Left],
                RelativeWidths = [2.5, 1, 6],
            };
    }

    /// <summary>Dissatisfaction from the register: the period's complaints and requests by unit and outcome, no personal data.</summary>
    private static IEnumerable<Block> ComplaintBlocks(F2Figures f)
    {
        if (f.Complaints is not { } rows) yield break;
        yield return new Heading(3, "Skargi i wnioski w okresie (rejestr, dział VIII KPA)");
        if (rows.Count == 0)
        {
            yield return new Paragraph("W okresie nie wpłynęły skargi ani wnioski.");
            yield break;
        }
        int complaints = rows.Sum(r => r.Complaints), requests = rows.Sum(r => r.Requests);
        yield return new Paragraph($"W okresie: {Count(complaints, "skarga", "skargi", "skarg")} i {Count(requests, "wniosek", "wnioski", "wniosków")}. "
            + "Obok ankiet są drugim wskaźnikiem: niezadowolenia klientów. Skargę uznaną za częściowo zasadną liczy się jako zasadną.");
        yield return new Table(["Komórka", "Skargi", "zasadne", "niezasadne", "Wnioski", "uwzględnione", "nieuwzględnione", "W toku", "Inne"],
            rows.Select(r => (IReadOnlyList<string>)[r.Unit, Count(r.Complaints), Count(r.ComplaintsJustified), Count(r.ComplaintsUnjustified),
                Count(r.Requests), Count(r.RequestsGranted), Count(r.RequestsRefused), Count(r.Open), Count(r.Other)]).ToList())
        {
            Caption = "Skargi i wnioski według komórki i wyniku („inne”: przekazane, bez rozpoznania, wycofane)",
            Align = [ColumnAlign.Left, .. Enumerable.Repeat(ColumnAlign.Right, 8)],
            RelativeWidths = [3.5, 1, 1.2, 1.4, 1.1, 1.6, 1.8, 1, 0.9],
        };
    }

    /// <summary>The previous protocol's actions: status, and the figure of the area they answered then and now.</summary>
    private static IEnumerable<Block> FollowUpBlocks(F2Figures f)
    {
        if (f.FollowUp is not { Count: > 0 } rows) yield break;
        yield return new Heading(3, "Działania z poprzedniego protokołu");
        yield return new Table(["Obszar i działanie", "Status", "Wskaźnik", "Wtedy", "Teraz", "Zmiana (95% CI)", "Wniosek"],
            rows.Select(r => (IReadOnlyList<string>)[$"{r.Area}: {r.What} ({r.Kind}, {r.Who}, do {r.Due:dd.MM.yyyy})", r.Status,
                r.Measure ?? "obszar bez wskaźnika z ankiet",
                r.ThenN is { } tn ? ShareOf(r.ThenCount ?? 0, tn) : "–",
                r.NowN is { } nn ? ShareOf(r.NowCount ?? 0, nn) : "–",
                r.DifferenceLower is { } lo ? $"{Pct(r.NowShare - r.ThenShare)} ({Pct(lo)} do {Pct(r.DifferenceUpper)})" : "–",
                r.Verdict is null ? "–" : r.Improved switch
                {
                    true => $"poprawa (istotna, {PEq(r.PValue)})",
                    false => $"pogorszenie (istotne, {PEq(r.PValue)})",
                    _ => Verdict(r.Verdict.Value),
                }]).ToList())
        {
            Caption = "Działania zaproponowane w poprzednim okresie i wskaźnik obszaru, na który odpowiadały",
            RelativeWidths = [4, 1.5, 2.5, 1.8, 1.8, 2.2, 2],
        };
    }

    private static string Quadrant(IpaQuadrant? q) => q switch
    {
        IpaQuadrant.KeepUpTheGoodWork => "ważne, dobrze wykonywane",
        IpaQuadrant.ConcentrateHere => "ważne, słabiej wykonywane – tu działać",
        IpaQuadrant.LowPriority => "mniej ważne, słabiej wykonywane",
        IpaQuadrant.PossibleOverkill => "mniej ważne, dobrze wykonywane",
        _ => "–",
    };

    private static IEnumerable<Block> ComparisonBlocks(F2Figures f)
    {
        yield return new Heading(2, "4. Porównania");
        if (f.Responses == 0)
        {
            yield return new Paragraph("Brak danych: w okresie nie ma ankiet, więc nie ma czego porównać.");
            yield break;
        }
        var comparisons = new List<(string Title, ComparisonFigure C)>();
        if (f.HalfYears is { } h) comparisons.Add(("II półrocze wobec I półrocza", h));
        if (f.PreviousPeriod is { } p) comparisons.Add(("Wobec poprzedniego okresu: " + p.BaselineName, p));
        if (f.YearEarlier is { } y) comparisons.Add(("Wobec tego samego okresu rok wcześniej: " + y.BaselineName, y));
        foreach (var (title, c) in comparisons)
        {
            yield return new Heading(3, title);
            if (c.BaselineResponses == 0)
            {
                yield return new Paragraph($"W okresie {c.BaselineName} nie ma ankiet: porównanie nie jest możliwe.");
                continue;
            }
            yield return new Table(["Element", "n teraz / wtedy", "Oceny 4–5 teraz", "wtedy", "Zmiana (95% CI Newcombe'a)", "U Manna-Whitneya, p (po korekcie Holma)", "r", "Wniosek"],
                c.Items.Select(i => (IReadOnlyList<string>)[i.Text, $"{Count(i.CurrentN)} / {Count(i.BaselineN)}", Pct(i.CurrentTopTwo), Pct(i.BaselineTopTwo),
                    $"{Pct(i.TopTwoDifference)} ({Pct(i.DifferenceLower)} do {Pct(i.DifferenceUpper)})",
                    $"U = {Num(i.U, "0.#")}, {PEq(i.PValue)} ({P(i.AdjustedPValue)})", Num(i.EffectSizeR), Verdict(i.Verdict)]).ToList())
            { Caption = $"Oceny: {f.PeriodName} wobec {c.BaselineName} ({Count(c.BaselineResponses)} ankiet)", RelativeWidths = [2.5, 1.5, 1.2, 1.2, 2.5, 2.5, 0.8, 1.8] };
            yield return new Table(["Pytanie", "Test", "p", "Istotne zmiany (po korekcie Holma)"],
                c.Questions.Select(q => (IReadOnlyList<string>)[q.Text,
                    q.Method is null ? (q.Options.Any(o => o.Method is not null) ? "każda odpowiedź osobno (2×2)" : "–")
                        : q.Method == ContingencyMethod.FisherExact ? "test dokładny Fishera" : $"chi-kwadrat = {Num(q.Statistic)}, df = {q.DegreesOfFreedom}{(q.Approximate == true ? " (przybliżony)" : "")}",
                    P(q.PValue),
                    string.Join("; ", q.Options.Where(o => o.Verdict is ChangeVerdict.Higher or ChangeVerdict.Lower)
                        .Select(o => $"{o.Text}: {Pct(o.BaselineShare)} → {Pct(o.CurrentShare)} ({Verdict(o.Verdict)}, {PEq(o.AdjustedPValue)})")) is { Length: > 0 } s ? s : "brak"]).ToList())
            { Caption = "Pytania wyboru", RelativeWidths = [4, 3, 1, 5] };
            if (c.Timeliness is { } t)
                yield return new Paragraph($"Sprawy nie załatwione w terminie (wśród odpowiadających „tak” lub „nie”): {ShareOf(t.CurrentNotOnTime, t.CurrentN)} wobec {ShareOf(t.BaselineNotOnTime, t.BaselineN)}"
                    + (t.PValue is { } pv ? $"; {(t.Method == ContingencyMethod.FisherExact ? "test dokładny Fishera" : "chi-kwadrat")}, {PEq(pv)}" : "")
                    + $": {Verdict(t.Verdict)}.");
        }
        if (comparisons.Count == 0) yield return new Paragraph("Brak okresów do porównania.");
    }

    private static IEnumerable<Block> ThreatBlocks(F2Figures f)
    {
        yield return new Heading(2, "5. Obszary zagrożone");
        yield return new Paragraph(
            "Obszar jest zagrożony, gdy świadczą o tym dane: cały 95-procentowy przedział ufności leży po złej stronie progu "
            + "albo spadek jest istotny po korekcie Holma. Obszary uporządkowano od najsilniejszego dowodu. Obszar wskazany przez "
            + "Pełnomocnika z własnej oceny jest oznaczony.");
        if (f.Threats.Count == 0)
            yield return new Paragraph("Dane nie wskazały obszarów zagrożonych.");
        else
            yield return new Table(["Obszar", "Dlaczego", "Dane"],
                f.Threats.Select(t => (IReadOnlyList<string>)[t.ByJudgement ? t.Title + " (ocena Pełnomocnika)" : t.Title, t.Reason,
                    t.Evidence + (t.Test is null ? "" : " " + t.Test + ".")]).ToList())
            { RelativeWidths = [3, 4, 5] };

        yield return new Heading(3, "Do obserwacji");
        if (f.Watch.Count == 0)
            yield return new Paragraph("Żaden wynik nie jest blisko progu.");
        else
        {
            yield return new Paragraph("Wynik jest po złej stronie progu, ale przedział ufności obejmuje próg: to może być przypadek. "
                + "Te obszary nie wymagają działań, warto je sprawdzić w następnym okresie.");
            yield return new Table(["Obszar", "Dane"], f.Watch.Select(t => (IReadOnlyList<string>)[t.Title, t.Evidence]).ToList())
            { RelativeWidths = [4, 6] };
        }
    }
}
