using System.Globalization;
using System.Text;

namespace GlosKlienta.Domain.RawData;

/// <summary>
/// The codebook of a raw data export and the two loaders: SPSS syntax and an R script. All are
/// built from the same <see cref="RawDataLayout"/>, so every column the CSV has is described,
/// labelled and typed in each of them.
/// </summary>
public static class RawDataCodebook
{
    public static readonly IReadOnlyList<string> Header =
        ["kolumna", "pytanie", "etykieta", "typ", "wartosci", "braki_danych", "wersje"];

    public static string TypeName(RawColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return column.Kind switch
        {
            RawColumnKind.ResponseId or RawColumnKind.VersionNumber or RawColumnKind.FormNumber or RawColumnKind.KioskId => "liczba całkowita",
            RawColumnKind.ReceivedOn => "data RRRR-MM-DD",
            RawColumnKind.Channel or RawColumnKind.SingleChoice => "kod (jednokrotny wybór)",
            RawColumnKind.OptionFlag => "0/1 (odpowiedź w pytaniu wielokrotnego wyboru)",
            RawColumnKind.RatingItem => "ocena (skala porządkowa)",
            RawColumnKind.MatrixItem => "kod (pozycja pytania macierzowego)",
            RawColumnKind.BoxOpening => "tekst rok/numer",
            RawColumnKind.Unreadable => "tekst (klucze odpowiedzi po przecinku)",
            RawColumnKind.Text => "tekst swobodny",
        };
    }

    public static string MissingText(RawColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return column.Kind switch
        {
            RawColumnKind.ResponseId or RawColumnKind.VersionNumber or RawColumnKind.Channel or RawColumnKind.ReceivedOn => "zawsze wypełniona",
            RawColumnKind.BoxOpening or RawColumnKind.FormNumber => "pusta dla odpowiedzi internetowych i z kiosku",
            RawColumnKind.Unreadable => "pusta, gdy wszystko było czytelne lub odpowiedź nie jest papierowa",
            RawColumnKind.KioskId => "pusta dla odpowiedzi internetowych i papierowych",
            RawColumnKind.Text => $"pusta = brak tekstu; {RawDataCodes.NotAskedText} = {RawDataCodes.NotAskedLabel} (tekst nieczytelny: patrz kolumna {RawDataLayout.UnreadableColumn}); w CSV koniec wiersza zapisano jako \\n, ukośnik wsteczny jako \\\\, a tekst zaczynający się od =, +, -, @ ma przed sobą apostrof",
            _ => $"pusta = brak odpowiedzi; {RawDataCodes.NotAskedText} = {RawDataCodes.NotAskedLabel}; {RawDataCodes.UnreadableText} = {RawDataCodes.UnreadableLabel}",
        };
    }

    public static string Values(RawColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        if (column.Codes.Count > 0) return string.Join("; ", column.Codes.Select(c => $"{c.Code} = {c.Label}"));
        return column.Kind switch
        {
            RawColumnKind.Text => string.Create(CultureInfo.InvariantCulture, $"do {column.MaxLength} znaków"),
            RawColumnKind.ResponseId => "liczba dodatnia, niepowtarzalna",
            RawColumnKind.Unreadable => "np. oceny.uprzejmosc,trudnosci.tekst",
            _ => "",
        };
    }

    public static string VersionsText(RawColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return column.IsQuestionColumn ? string.Join(", ", column.Versions.Select(v => v.ToString(CultureInfo.InvariantCulture))) : "wszystkie";
    }

    /// <summary>The codebook as rows (one per column), in <see cref="Header"/> order: the CSV file and the second XLSX sheet.</summary>
    public static IEnumerable<IReadOnlyList<string>> Rows(RawDataLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return layout.Columns.Select(c => (IReadOnlyList<string>)
            [c.Name, c.QuestionNumber ?? "", c.Label, TypeName(c), Values(c), MissingText(c), VersionsText(c)]);
    }

    /// <summary>The readable codebook (Markdown): conventions first, then every column.</summary>
    public static string Markdown(RawDataLayout layout, RawDataPeriod period, string csvFileName)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(period);
        var sb = new StringBuilder();
        sb.Append("# Książka kodów: surowe dane badania zadowolenia klienta\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"Okres: {period.Description}. Plik danych: `{csvFileName}`.\n\n");
        sb.Append("## Zasady\n\n");
        sb.Append("- Plik CSV: UTF-8 ze znacznikiem BOM, separator przecinek, koniec wiersza CRLF, pola z przecinkiem, cudzysłowem lub końcem wiersza w cudzysłowie (RFC 4180). Pierwszy wiersz to nazwy kolumn.\n");
        sb.Append("- Jeden wiersz to jedna ankieta (odpowiedź). Ankiety są anonimowe: nie ma godzin, adresów IP ani danych osobowych; data to dzień wpływu według czasu urzędu.\n");
        sb.Append("- Pytanie jednokrotnego wyboru: kolumna z kodem wybranej odpowiedzi. Pytanie wielokrotnego wyboru: kolumna 0/1 dla każdej odpowiedzi (1 = zaznaczona). Ocena i pytanie macierzowe: kolumna dla każdej pozycji. Teksty: kolumny z końcówką `_tekst`.\n");
        sb.Append(CultureInfo.InvariantCulture, $"- Braki danych: pusta komórka = {RawDataCodes.BlankLabel}; `{RawDataCodes.NotAskedText}` = {RawDataCodes.NotAskedLabel}; `{RawDataCodes.UnreadableText}` = {RawDataCodes.UnreadableLabel}.\n");
        sb.Append("- Teksty w CSV: koniec wiersza zapisano jako `\\n` (i `\\r`), ukośnik wsteczny jako `\\\\`, dzięki czemu każda ankieta to jeden wiersz pliku; tekst zaczynający się od `=`, `+`, `-` lub `@` ma przed sobą apostrof (ochrona przed formułami w arkuszu). Skrypt R i polecenie `import-responses` przywracają oryginał; w XLSX teksty są bez zmian.\n");
        sb.Append("- W pytaniu wielokrotnego wyboru pominiętym przez ankietowanego wszystkie kolumny są puste; 0 oznacza, że na pytanie odpowiedziano, ale tej odpowiedzi nie zaznaczono.\n");
        sb.Append(CultureInfo.InvariantCulture, $"- Kolumna `{RawDataLayout.UnreadableColumn}` wymienia klucze odpowiedzi nieczytelnych w ankiecie papierowej (`pytanie`, `pytanie.pozycja`, `pytanie.tekst`).\n");
        sb.Append(CultureInfo.InvariantCulture, $"- Wersje ankiety w pliku: {string.Join(", ", layout.Versions.Select(v => v.Number.ToString(CultureInfo.InvariantCulture)))}. Etykiety pochodzą z najnowszej z nich.\n");
        sb.Append("- Plik można wczytać z powrotem do systemu poleceniem `import-responses --file PLIK.csv`; kluczem jest kolumna `id`.\n\n");
        sb.Append("## Kolumny\n\n");
        sb.Append("| kolumna | pyt. | etykieta | typ | wartości | braki danych | wersje |\n");
        sb.Append("|---|---|---|---|---|---|---|\n");
        foreach (var row in Rows(layout))
            sb.Append("| ").AppendJoin(" | ", row.Select(MarkdownCell)).Append(" |\n");
        return sb.ToString();
    }

    private static string MarkdownCell(string text) =>
        text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    /// <summary>SPSS syntax that reads the CSV (UTF-8) with variable labels, value labels, missing values and measurement levels.</summary>
    public static string Spss(RawDataLayout layout, string csvFileName)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var sb = new StringBuilder();
        sb.Append("* Encoding: UTF-8.\n");
        sb.Append("* Surowe dane badania zadowolenia klienta: wczytanie pliku CSV z etykietami.\n");
        sb.Append("* Przed uruchomieniem wpisz pełną ścieżkę pliku w /FILE, jeśli nie leży w katalogu roboczym.\n");
        sb.Append("* Teksty z końcem wiersza w środku pola SPSS może podzielić; do ich analizy użyj R albo arkusza XLSX.\n");
        sb.Append("* SPSS older than version 21: run SET UNICODE=ON. first (newer versions start in Unicode mode).\n");
        sb.Append("GET DATA /TYPE=TXT\n");
        sb.Append(CultureInfo.InvariantCulture, $"  /FILE='{SpssQuote(csvFileName)}'\n");
        sb.Append("  /ENCODING='UTF8'\n  /DELCASE=LINE\n  /DELIMITERS=\",\"\n  /QUALIFIER='\"'\n  /ARRANGEMENT=DELIMITED\n  /FIRSTCASE=2\n  /VARIABLES=\n");
        foreach (var c in layout.Columns)
            sb.Append(CultureInfo.InvariantCulture, $"    {c.Name} {SpssFormat(c)}\n");
        sb.Append(".\n\n");

        sb.Append("VARIABLE LABELS\n");
        sb.AppendJoin("\n", layout.Columns.Select(c => $"  {c.Name} '{SpssQuote(Truncate(c.Label, 250))}'"));
        sb.Append(".\n\n");

        var coded = layout.Columns.Where(c => c.Codes.Count > 0 || c.IsQuestionColumn && c.Kind != RawColumnKind.Text).ToList();
        if (coded.Count > 0)
        {
            sb.Append("VALUE LABELS\n");
            var first = true;
            foreach (var c in coded)
            {
                if (!first) sb.Append("  /");
                else sb.Append("  ");
                first = false;
                sb.Append(c.Name);
                foreach (var (code, label) in ValueLabels(c))
                    sb.Append(CultureInfo.InvariantCulture, $"\n    {SpssValue(c, code)} '{SpssQuote(Truncate(label, 120))}'");
                sb.Append('\n');
            }
            sb.Append(".\n\n");
        }

        var withMissing = layout.Columns.Where(c => c.IsQuestionColumn).ToList();
        foreach (var c in withMissing)
        {
            var values = c.CanBeUnreadable
                ? $"{SpssValue(c, RawDataCodes.NotAskedText)}, {SpssValue(c, RawDataCodes.UnreadableText)}"
                : SpssValue(c, RawDataCodes.NotAskedText);
            sb.Append(CultureInfo.InvariantCulture, $"MISSING VALUES {c.Name} ({values}).\n");
        }
        sb.Append('\n');

        foreach (var level in new[] { "NOMINAL", "ORDINAL", "SCALE" })
        {
            var names = layout.Columns.Where(c => Level(c) == level && c.ValueType != RawValueType.Text).Select(c => c.Name).ToList();
            if (names.Count > 0) sb.Append("VARIABLE LEVEL ").AppendJoin(" ", names).Append(CultureInfo.InvariantCulture, $" ({level}).\n");
        }
        sb.Append("EXECUTE.\n");
        return sb.ToString();
    }

    /// <summary>The value labels of a coded column: its codes, then the missing-value codes it can hold.</summary>
    public static IEnumerable<(string Code, string Label)> ValueLabels(RawColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        foreach (var c in column.Codes) yield return (c.Code, c.Label);
        if (column.IsQuestionColumn) yield return (RawDataCodes.NotAskedText, RawDataCodes.NotAskedLabel);
        if (column.CanBeUnreadable) yield return (RawDataCodes.UnreadableText, RawDataCodes.UnreadableLabel);
    }

    private static string Level(RawColumn c) => c.Kind switch
    {
        RawColumnKind.RatingItem => "ORDINAL",
        RawColumnKind.FormNumber => "SCALE",
        RawColumnKind.ReceivedOn => "SCALE",
        _ => "NOMINAL",
    };

    private static string SpssFormat(RawColumn c) => c.ValueType switch
    {
        RawValueType.WholeNumber => c.Kind == RawColumnKind.ResponseId ? "F12.0" : "F4.0",
        RawValueType.Date => "SDATE10",
        RawValueType.Code => "A" + Math.Max(2, c.Codes.Select(x => Encoding.UTF8.GetByteCount(x.Code)).DefaultIfEmpty(2).Max()).ToString(CultureInfo.InvariantCulture),
        // Polish letters take two bytes in UTF-8; three per character leaves room for anything else.
        RawValueType.Text => "A" + Math.Clamp(c.MaxLength * 3, 8, 32767).ToString(CultureInfo.InvariantCulture),
    };

    private static string SpssValue(RawColumn c, string code) => c.ValueType == RawValueType.WholeNumber ? code : $"'{SpssQuote(code)}'";

    private static string SpssQuote(string text) => text.Replace("'", "''", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    /// <summary>
    /// An R script that reads the CSV, turns coded columns into factors with Polish labels (ratings
    /// into ordered factors), the day into a Date and sets each column's label as its "label"
    /// attribute. The missing-value codes become NA; the CSV keeps them.
    /// Non-ASCII letters are written as \u escapes, so the script runs the same in any locale.
    /// </summary>
    public static string RScript(RawDataLayout layout, string csvFileName)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var sb = new StringBuilder();
        sb.Append("# Surowe dane badania zadowolenia klienta: wczytanie pliku CSV z etykietami.\n");
        sb.Append("# Uzycie: Rscript ten_plik.R [sciezka_do_pliku.csv]  albo  source(\"ten_plik.R\") w R.\n");
        sb.Append(CultureInfo.InvariantCulture, $"# Braki danych: {RawDataCodes.NotAskedText} (nie zadano w tej wersji) i {RawDataCodes.UnreadableText} (nieczytelne) staja sie NA; pusta komorka to NA (brak odpowiedzi).\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"plik <- {RString(csvFileName)}\n");
        sb.Append("argumenty <- commandArgs(trailingOnly = TRUE)\n");
        sb.Append("if (length(argumenty) >= 1) plik <- argumenty[1]\n\n");
        sb.Append("klasy <- c(\n");
        sb.AppendJoin(",\n", layout.Columns.Select(c => $"  {c.Name} = {RString(c.ValueType switch { RawValueType.WholeNumber => c.Kind == RawColumnKind.ResponseId ? "numeric" : "integer", _ => "character" })}"));
        sb.Append("\n)\n");
        sb.Append("dane <- read.csv(plik, fileEncoding = \"UTF-8-BOM\", encoding = \"UTF-8\", colClasses = klasy, na.strings = character(0),\n");
        sb.Append("                 check.names = FALSE, stringsAsFactors = FALSE)\n");
        sb.Append("stopifnot(identical(names(dane), names(klasy)))\n\n");
        sb.Append("braki <- c(\"-9\", \"-8\")\n");
        sb.Append("na_pustych <- function(x) { if (is.character(x)) x[x == \"\"] <- NA; x }\n");
        sb.Append("dane[] <- lapply(dane, na_pustych)\n\n");
        sb.Append("# Teksty: apostrof przed =, +, -, @ dodany przeciw formulom w arkuszu znika, \\n i \\r wracaja jako konce wiersza, \\\\ jako \\.\n");
        sb.Append("odtworz_tekst <- function(x) {\n");
        sb.Append("  x <- sub(\"^'('*[-=+@\\t\\r])\", \"\\\\1\", x)\n");
        sb.Append("  x <- gsub(\"\\\\\\\\\", \"\\001\", x, fixed = TRUE)\n");
        sb.Append("  x <- gsub(\"\\\\n\", \"\\n\", x, fixed = TRUE)\n");
        sb.Append("  x <- gsub(\"\\\\r\", \"\\r\", x, fixed = TRUE)\n");
        sb.Append("  gsub(\"\\001\", \"\\\\\", x, fixed = TRUE)\n");
        sb.Append("}\n\n");
        foreach (var c in layout.Columns)
        {
            var col = $"dane[[{RString(c.Name)}]]";
            switch (c.Kind)
            {
                case RawColumnKind.ReceivedOn:
                    sb.Append(CultureInfo.InvariantCulture, $"{col} <- as.Date({col})\n");
                    break;
                case RawColumnKind.Channel:
                case RawColumnKind.SingleChoice:
                case RawColumnKind.MatrixItem:
                case RawColumnKind.OptionFlag:
                case RawColumnKind.RatingItem:
                    var levels = string.Join(", ", c.Codes.Select(x => c.ValueType == RawValueType.WholeNumber ? x.Code : RString(x.Code)));
                    var labels = string.Join(", ", c.Codes.Select(x => RString(x.Label)));
                    var ordered = c.Kind == RawColumnKind.RatingItem ? ", ordered = TRUE" : "";
                    sb.Append(CultureInfo.InvariantCulture, $"{col} <- factor(replace({col}, {col} %in% braki, NA), levels = c({levels}), labels = c({labels}){ordered})\n");
                    break;
                case RawColumnKind.Text:
                    sb.Append(CultureInfo.InvariantCulture, $"{col}[{col} %in% \"-9\"] <- NA\n");
                    sb.Append(CultureInfo.InvariantCulture, $"{col} <- odtworz_tekst({col})\n");
                    break;
                default:
                    break;
            }
            sb.Append(CultureInfo.InvariantCulture, $"attr({col}, \"label\") <- {RString(c.Label)}\n");
        }
        sb.Append("\ncat(sprintf(\"Wczytano %d odpowiedzi i %d kolumn.\\n\", nrow(dane), ncol(dane)))\n");
        return sb.ToString();
    }

    /// <summary>An R string literal; characters outside ASCII as \u escapes.</summary>
    public static string RString(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 2);
        sb.Append('"');
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                default:
                    if (ch < 0x20 || ch > 0x7E) sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)ch:x4}");
                    else sb.Append(ch);
                    break;
            }
        }
        sb.Append('"');
        return sb.ToString();
    }
}
