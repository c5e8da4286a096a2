using System.Globalization;
using GlosKlienta.Domain.Paper;
using GlosKlienta.Domain.Survey;

namespace GlosKlienta.Domain.RawData;

/// <summary>One stored response as the export reads it and the import restores it.</summary>
public sealed record RawResponse(
    long Id,
    int VersionNumber,
    Channel Channel,
    DateOnly ReceivedOn,
    string? BoxOpening,
    int? FormNumber,
    string Choices,
    string? Unreadable,
    IReadOnlyDictionary<string, string> Texts,
    int? KioskId = null)
{
    /// <summary>
    /// Whether two responses hold the same answers: same version, channel, day, paper reference,
    /// chosen values, texts and unreadable marks (order of keys in the stored strings aside).
    /// </summary>
    public bool SameContentAs(RawResponse other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Id != other.Id || VersionNumber != other.VersionNumber || Channel != other.Channel || ReceivedOn != other.ReceivedOn
            || BoxOpening != other.BoxOpening || FormNumber != other.FormNumber || KioskId != other.KioskId) return false;
        var a = StoredChoices.Decode(Choices);
        var b = StoredChoices.Decode(other.Choices);
        if (a.Count != b.Count || a.Any(kv => !b.TryGetValue(kv.Key, out var v) || !v.Order(StringComparer.Ordinal).SequenceEqual(kv.Value.Order(StringComparer.Ordinal), StringComparer.Ordinal)))
            return false;
        if (Texts.Count != other.Texts.Count || Texts.Any(kv => !other.Texts.TryGetValue(kv.Key, out var t) || t != kv.Value)) return false;
        var ua = PaperForm.DecodeUnreadable(Unreadable).Order(StringComparer.Ordinal);
        var ub = PaperForm.DecodeUnreadable(other.Unreadable).Order(StringComparer.Ordinal);
        return ua.SequenceEqual(ub, StringComparer.Ordinal);
    }
}

/// <summary>A survey version as the export sees it: its number and its questions.</summary>
public sealed record RawVersion(int Number, SurveyDefinition Definition);

/// <summary>A problem in one cell (or the whole row when <see cref="Column"/> is null) of an imported file.</summary>
public sealed record RawCellError(int? Column, string? ColumnName, string Message);

/// <summary>
/// The columns of the raw data export for a set of survey versions, and the two directions:
/// a stored response to a row of cells, and a row back to the stored response.
/// <para>
/// Columns: <c>id</c>, <c>wersja</c>, <c>kanal</c>, <c>data_wplywu</c>, <c>otwarcie_skrzynki</c>,
/// <c>nr_formularza</c>, <c>nieczytelne</c>; then per question, in the order of the newest version:
/// a single choice gives one column of option codes; a multiple choice one 0/1 column per option
/// (<c>pytanie_opcja</c>); a rating or matrix one column per item (<c>pytanie_pozycja</c>); a free
/// text (other, comment, text question) a column <c>pytanie_tekst</c>. Codes become names with
/// "-" turned into "_", so the names are valid in SPSS and R. With several versions the columns are
/// the union; a question column in a row of a version that did not ask it holds -9, a blank answer
/// is an empty cell, an unreadable paper mark -8.
/// </para>
/// </summary>
public sealed class RawDataLayout
{
    public const string IdColumn = "id";
    public const string VersionColumn = "wersja";
    public const string ChannelColumn = "kanal";
    public const string ReceivedOnColumn = "data_wplywu";
    public const string BoxOpeningColumn = "otwarcie_skrzynki";
    public const string FormNumberColumn = "nr_formularza";
    public const string UnreadableColumn = "nieczytelne";
    public const string KioskColumn = "kiosk";
    public const string TextSuffix = "_tekst";

    private readonly Dictionary<int, VersionPlan> plans;

    private RawDataLayout(IReadOnlyList<RawColumn> columns, IReadOnlyList<RawVersion> versions)
    {
        Columns = columns;
        Versions = versions;
        plans = versions.ToDictionary(v => v.Number, v => new VersionPlan(v, columns.Select(c => c.AskedIn(v.Number)).ToArray()));
    }

    public IReadOnlyList<RawColumn> Columns { get; }
    public IReadOnlyList<RawVersion> Versions { get; }

    public static IReadOnlyList<RawColumn> FixedColumns { get; } =
    [
        new() { Name = IdColumn, Label = "Identyfikator odpowiedzi (numer w bazie urzędu)", Kind = RawColumnKind.ResponseId },
        new() { Name = VersionColumn, Label = "Numer wersji ankiety, na którą odpowiedziano", Kind = RawColumnKind.VersionNumber },
        new() { Name = ChannelColumn, Label = "Kanał: skąd przyszła odpowiedź", Kind = RawColumnKind.Channel, Codes = RawDataCodes.Channels },
        new() { Name = ReceivedOnColumn, Label = "Dzień wpływu (data urzędowa, bez godziny)", Kind = RawColumnKind.ReceivedOn },
        new() { Name = BoxOpeningColumn, Label = "Ankieta papierowa: otwarcie skrzynki (partia) rok/numer", Kind = RawColumnKind.BoxOpening, MaxLength = 12 },
        new() { Name = FormNumberColumn, Label = "Ankieta papierowa: numer formularza w partii", Kind = RawColumnKind.FormNumber },
        new() { Name = UnreadableColumn, Label = "Ankieta papierowa: odpowiedzi oznaczone jako nieczytelne (klucze, po przecinku)", Kind = RawColumnKind.Unreadable, MaxLength = 1000 },
        new() { Name = KioskColumn, Label = "Kiosk w urzędzie: identyfikator kiosku, z którego przyszła odpowiedź", Kind = RawColumnKind.KioskId },
    ];

    /// <summary>The layout for responses of <paramref name="versions"/> (any order; the newest decides the order and the labels).</summary>
    public static RawDataLayout For(IEnumerable<RawVersion> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var ordered = versions.OrderByDescending(v => v.Number).ToList();
        if (ordered.Select(v => v.Number).Distinct().Count() != ordered.Count)
            throw new ArgumentException("A survey version is given twice.", nameof(versions));

        var merged = new List<RawColumn>();
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var version in ordered)
        {
            var insertAt = 0;
            foreach (var column in ColumnsOf(version))
            {
                if (byName.TryGetValue(column.Name, out var at))
                {
                    var existing = merged[at];
                    if (existing.Kind != column.Kind)
                        throw new InvalidOperationException($"Column '{column.Name}' means different things in different survey versions.");
                    merged[at] = existing with
                    {
                        Versions = [.. existing.Versions, version.Number],
                        Codes = [.. existing.Codes, .. column.Codes.Where(c => existing.Codes.All(e => e.Code != c.Code))],
                        MaxLength = Math.Max(existing.MaxLength, column.MaxLength),
                    };
                    insertAt = at + 1;
                }
                else
                {
                    merged.Insert(insertAt, column);
                    for (var i = 0; i < merged.Count; i++) byName[merged[i].Name] = i;
                    insertAt++;
                }
            }
        }
        var columns = FixedColumns.Concat(merged.Select(c => c with { Versions = [.. c.Versions.Order()] })).ToList();
        var duplicate = columns.GroupBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new InvalidOperationException($"Two columns would be named '{duplicate.Key}'.");
        return new RawDataLayout(columns, ordered.OrderBy(v => v.Number).ToList());
    }

    /// <summary>A code as part of a column name: valid in SPSS and R (letters, digits, "_", starting with a letter).</summary>
    public static string NamePart(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var name = code.Replace('-', '_');
        return char.IsAsciiDigit(name[0]) ? "p" + name : name;
    }

    private static IEnumerable<RawColumn> ColumnsOf(RawVersion version)
    {
        var v = version.Number;
        foreach (var q in version.Definition.Questions)
        {
            var title = q.Number is null ? q.Text.Trim() : $"{q.Number}. {q.Text.Trim()}";
            var baseName = NamePart(q.Code);
            switch (q.Kind)
            {
                case QuestionKind.SingleChoice:
                    yield return new RawColumn
                    {
                        Name = baseName, Label = title, Kind = RawColumnKind.SingleChoice, QuestionCode = q.Code, QuestionNumber = q.Number,
                        Codes = q.Options.Select(o => new CodeLabel(o.Code, o.Text)).ToList(), Versions = [v],
                    };
                    break;
                case QuestionKind.MultipleChoice:
                    foreach (var o in q.Options)
                    {
                        yield return new RawColumn
                        {
                            Name = baseName + "_" + o.Code.Replace('-', '_'), Label = $"{title} – {o.Text}", Kind = RawColumnKind.OptionFlag,
                            QuestionCode = q.Code, QuestionNumber = q.Number, OptionCode = o.Code, Codes = FlagCodes, Versions = [v],
                        };
                    }
                    break;
                case QuestionKind.Rating:
                case QuestionKind.Matrix:
                    foreach (var item in q.Items)
                    {
                        yield return new RawColumn
                        {
                            Name = baseName + "_" + item.Code.Replace('-', '_'), Label = $"{title} – {item.Text}",
                            Kind = q.Kind == QuestionKind.Rating ? RawColumnKind.RatingItem : RawColumnKind.MatrixItem,
                            QuestionCode = q.Code, QuestionNumber = q.Number, ItemCode = item.Code, Versions = [v],
                            Codes = q.Kind == QuestionKind.Rating ? ScaleCodes(q.Scale!) : q.Options.Select(o => new CodeLabel(o.Code, o.Text)).ToList(),
                        };
                    }
                    break;
                case QuestionKind.Text:
                    break;
            }
            if (q.HasText)
            {
                var label = q.Kind == QuestionKind.Text ? title
                    : $"{title} – {(q.OtherOption?.Other?.Label ?? q.Comment?.Label ?? "tekst").Trim()}";
                yield return new RawColumn
                {
                    Name = baseName + TextSuffix, Label = label, Kind = RawColumnKind.Text, QuestionCode = q.Code, QuestionNumber = q.Number,
                    MaxLength = q.TextMaxLength, Versions = [v],
                };
            }
        }
    }

    private static readonly IReadOnlyList<CodeLabel> FlagCodes = [new("0", "nie zaznaczono"), new("1", "zaznaczono")];

    private static List<CodeLabel> ScaleCodes(RatingScale scale) =>
        scale.Values.Select(value => new CodeLabel(
            value.ToString(CultureInfo.InvariantCulture),
            value == scale.Min ? string.Create(CultureInfo.InvariantCulture, $"{value} – ocena najgorsza")
            : value == scale.Max ? string.Create(CultureInfo.InvariantCulture, $"{value} – ocena najlepsza")
            : value.ToString(CultureInfo.InvariantCulture))).ToList();

    private sealed record VersionPlan(RawVersion Version, bool[] Asked);

    /// <summary>
    /// The row of one response: numbers as <see cref="int"/>/<see cref="long"/>, the day as <see cref="DateOnly"/>,
    /// codes and texts as strings, blanks as null.
    /// </summary>
    public object?[] Encode(RawResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (!plans.TryGetValue(response.VersionNumber, out var plan))
            throw new ArgumentException($"Survey version {response.VersionNumber} is not part of this layout.", nameof(response));
        var choices = StoredChoices.Decode(response.Choices);
        var unreadable = PaperForm.DecodeUnreadable(response.Unreadable);
        var row = new object?[Columns.Count];
        for (var i = 0; i < row.Length; i++)
        {
            var c = Columns[i];
            if (!plan.Asked[i])
            {
                // A number even in code and text columns: spreadsheet writers keep numbers as they are, while
                // text starting with "-" may be escaped against formula injection.
                row[i] = RawDataCodes.NotAsked;
                continue;
            }
            row[i] = c.Kind switch
            {
                RawColumnKind.ResponseId => response.Id,
                RawColumnKind.VersionNumber => response.VersionNumber,
                RawColumnKind.Channel => ChannelCodes.Code(response.Channel),
                RawColumnKind.ReceivedOn => response.ReceivedOn,
                RawColumnKind.BoxOpening => response.BoxOpening,
                RawColumnKind.FormNumber => response.FormNumber,
                RawColumnKind.Unreadable => string.IsNullOrEmpty(response.Unreadable) ? null : response.Unreadable,
                RawColumnKind.KioskId => response.KioskId,
                RawColumnKind.SingleChoice or RawColumnKind.MatrixItem =>
                    unreadable.Contains(c.AnswerKey!, StringComparer.Ordinal) ? RawDataCodes.Unreadable
                    : choices.TryGetValue(c.AnswerKey!, out var one) && one.Count > 0 ? one[0] : null,
                RawColumnKind.OptionFlag =>
                    unreadable.Contains(c.AnswerKey!, StringComparer.Ordinal) ? RawDataCodes.Unreadable
                    : choices.TryGetValue(c.AnswerKey!, out var many) ? (many.Contains(c.OptionCode!, StringComparer.Ordinal) ? 1 : 0) : null,
                RawColumnKind.RatingItem =>
                    unreadable.Contains(c.AnswerKey!, StringComparer.Ordinal) ? RawDataCodes.Unreadable
                    : choices.TryGetValue(c.AnswerKey!, out var rated) && rated.Count > 0 ? int.Parse(rated[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : null,
                RawColumnKind.Text => response.Texts.TryGetValue(c.QuestionCode!, out var text) ? text : null,
                _ => throw new InvalidOperationException($"Unknown column kind {c.Kind}."),
            };
        }
        return row;
    }

    /// <summary>
    /// A free text as the CSV holds it. Line breaks become <c>\n</c> and <c>\r</c> (a backslash is
    /// doubled), so every response is one line and SPSS's GET DATA, which reads a case per line, can
    /// read the file. The shared CSV writer then puts an apostrophe before text that starts like a
    /// formula (=, +, -, @, tab), so that a spreadsheet never runs what a citizen typed; text that
    /// already starts with apostrophes followed by such a character gets one more here, so that
    /// <see cref="UnprotectFromCsv"/> can take exactly one off again.
    /// </summary>
    public static string ProtectForCsv(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = text.AsSpan().IndexOfAny("\\\r\n") < 0 ? text
            : text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
        return LooksEscaped(escaped) ? "'" + escaped : escaped;
    }

    /// <summary>The inverse of the writer's escaping together with <see cref="ProtectForCsv"/>.</summary>
    public static string UnprotectFromCsv(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (LooksEscaped(text)) text = text[1..];
        if (!text.Contains('\\', StringComparison.Ordinal)) return text;
        var sb = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] is '\\' or 'n' or 'r')
            {
                sb.Append(text[i + 1] switch { 'n' => '\n', 'r' => '\r', _ => '\\' });
                i++;
            }
            else
            {
                sb.Append(text[i]);
            }
        }
        return sb.ToString();
    }

    private static bool LooksEscaped(string text)
    {
        var i = 0;
        while (i < text.Length && text[i] == '\'') i++;
        return i > 0 && i < text.Length && text[i] is '=' or '+' or '-' or '@' or '\t' or '\r';
    }

    /// <summary>A cell as the CSV writes it: invariant numbers, ISO dates, empty for null.</summary>
    public static string Format(object? cell) => cell switch
    {
        null => "",
        string s => s,
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };

    /// <summary>
    /// Problems with a header row read back: unknown or repeated columns, missing columns every row needs.
    /// The returned map gives each known column's position in the file.
    /// </summary>
    public (Dictionary<string, int> Positions, List<RawCellError> Errors) ReadHeader(IReadOnlyList<string> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        var errors = new List<RawCellError>();
        var known = Columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i];
            if (!known.Contains(name))
                errors.Add(new RawCellError(i + 1, name, $"nieznana kolumna „{name}”: nie ma jej w żadnej wersji ankiety w bazie."));
            else if (!positions.TryAdd(name, i))
                errors.Add(new RawCellError(i + 1, name, $"kolumna „{name}” występuje dwa razy."));
        }
        // Files exported before kiosks existed have no kiosk column: their rows have no kiosk.
        foreach (var c in FixedColumns.Where(c => !positions.ContainsKey(c.Name) && c.Name != KioskColumn))
            errors.Add(new RawCellError(null, c.Name, $"brak kolumny „{c.Name}” w nagłówku."));
        return (positions, errors);
    }

    /// <summary>
    /// A row of the file back to the response it came from, or the problems that stop it. The
    /// answers are rebuilt in the order of the version's questions, items and options (the order the
    /// survey itself stores them in).
    /// </summary>
    public (RawResponse? Response, List<RawCellError> Errors) Decode(IReadOnlyList<string> cells, IReadOnlyDictionary<string, int> positions)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(positions);
        var errors = new List<RawCellError>();
        string Cell(string name) => positions.TryGetValue(name, out var p) && p < cells.Count ? cells[p] : "";
        void Error(string name, string message) =>
            errors.Add(new RawCellError(positions.TryGetValue(name, out var p) ? p + 1 : null, name, message));

        if (!long.TryParse(Cell(IdColumn), NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
            Error(IdColumn, $"identyfikator „{Cell(IdColumn)}” nie jest dodatnią liczbą całkowitą.");
        VersionPlan? plan = null;
        if (!int.TryParse(Cell(VersionColumn), NumberStyles.None, CultureInfo.InvariantCulture, out var versionNumber))
            Error(VersionColumn, $"numer wersji „{Cell(VersionColumn)}” nie jest liczbą.");
        else if (!plans.TryGetValue(versionNumber, out plan))
            Error(VersionColumn, $"w bazie nie ma wersji ankiety numer {versionNumber}.");
        var channel = ChannelCodes.Parse(Cell(ChannelColumn));
        if (channel is null)
            Error(ChannelColumn, $"nieznany kanał „{Cell(ChannelColumn)}” (dozwolone: {string.Join(", ", RawDataCodes.Channels.Select(c => c.Code))}).");
        if (!RawDataPeriod.TryParseDate(Cell(ReceivedOnColumn), out var receivedOn))
            Error(ReceivedOnColumn, $"data „{Cell(ReceivedOnColumn)}” nie jest datą w formacie RRRR-MM-DD.");
        var box = Cell(BoxOpeningColumn);
        int? formNumber = null;
        if (Cell(FormNumberColumn) is { Length: > 0 } formText)
        {
            if (int.TryParse(formText, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0) formNumber = n;
            else Error(FormNumberColumn, $"numer formularza „{formText}” nie jest dodatnią liczbą całkowitą.");
        }
        if (channel is not null && channel != Channel.Paper && (box.Length > 0 || Cell(FormNumberColumn).Length > 0))
            Error(BoxOpeningColumn, "otwarcie skrzynki i numer formularza podaje się tylko dla ankiet papierowych.");
        if ((box.Length > 0) != (Cell(FormNumberColumn).Length > 0))
            Error(box.Length > 0 ? FormNumberColumn : BoxOpeningColumn, "otwarcie skrzynki i numer formularza podaje się razem albo wcale.");
        int? kioskId = null;
        if (Cell(KioskColumn) is { Length: > 0 } kioskText)
        {
            if (int.TryParse(kioskText, NumberStyles.None, CultureInfo.InvariantCulture, out var k) && k > 0) kioskId = k;
            else Error(KioskColumn, $"identyfikator kiosku „{kioskText}” nie jest dodatnią liczbą całkowitą.");
            if (channel is not null && channel != Channel.Kiosk) Error(KioskColumn, "kiosk podaje się tylko dla odpowiedzi z kanału kiosk.");
        }
        var unreadableText = Cell(UnreadableColumn);
        var unreadable = PaperForm.DecodeUnreadable(unreadableText);
        if (unreadable.Count > 0 && channel is not null && channel != Channel.Paper)
            Error(UnreadableColumn, "nieczytelne odpowiedzi mogą mieć tylko ankiety papierowe.");

        if (plan is null) return (null, errors);

        var choices = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var unreadableSeen = new HashSet<string>(StringComparer.Ordinal);
        var validKeys = new HashSet<string>(StringComparer.Ordinal);

        // Columns of questions the version did not ask must say so.
        for (var i = 0; i < Columns.Count; i++)
        {
            var c = Columns[i];
            if (plan.Asked[i] || !positions.ContainsKey(c.Name)) continue;
            if (Cell(c.Name) != RawDataCodes.NotAskedText)
                Error(c.Name, $"wersja {versionNumber} nie ma tego pytania: komórka musi mieć kod {RawDataCodes.NotAskedText}, a ma „{Cell(c.Name)}”.");
        }

        foreach (var q in plan.Version.Definition.Questions)
        {
            var baseName = NamePart(q.Code);
            switch (q.Kind)
            {
                case QuestionKind.SingleChoice:
                {
                    validKeys.Add(q.Code);
                    var value = Required(baseName);
                    if (value is null) break;
                    if (value == RawDataCodes.UnreadableText) unreadableSeen.Add(q.Code);
                    else if (value.Length == 0) { }
                    else if (q.Options.Any(o => o.Code == value)) choices[q.Code] = [value];
                    else Error(baseName, $"„{value}” nie jest kodem żadnej odpowiedzi na to pytanie w wersji {versionNumber}.");
                    break;
                }
                case QuestionKind.MultipleChoice:
                {
                    validKeys.Add(q.Code);
                    var values = q.Options.Select(o => (Option: o, Name: baseName + "_" + o.Code.Replace('-', '_'))).Select(x => (x.Option, x.Name, Value: Required(x.Name))).ToList();
                    if (values.Any(x => x.Value is null)) break;
                    if (values.All(x => x.Value!.Length == 0)) break;
                    if (values.All(x => x.Value == RawDataCodes.UnreadableText)) { unreadableSeen.Add(q.Code); break; }
                    var bad = values.FirstOrDefault(x => x.Value is not ("0" or "1"));
                    if (bad.Name is not null)
                    {
                        Error(bad.Name, $"„{bad.Value}”: w kolumnach pytania wielokrotnego wyboru jest 1 albo 0 we wszystkich, albo wszystkie puste, albo wszystkie {RawDataCodes.UnreadableText}.");
                        break;
                    }
                    var chosen = values.Where(x => x.Value == "1").Select(x => x.Option.Code).ToList();
                    if (chosen.Count == 0) Error(values[0].Name, "zaznaczono 0 przy każdej odpowiedzi: pytanie bez odpowiedzi zapisuje się pustymi komórkami.");
                    else choices[q.Code] = chosen;
                    break;
                }
                case QuestionKind.Rating:
                case QuestionKind.Matrix:
                    foreach (var item in q.Items)
                    {
                        var key = ResponseAnswers.ItemKey(q.Code, item.Code);
                        validKeys.Add(key);
                        var name = baseName + "_" + item.Code.Replace('-', '_');
                        var value = Required(name);
                        if (value is null || value.Length == 0) continue;
                        if (value == RawDataCodes.UnreadableText) { unreadableSeen.Add(key); continue; }
                        var ok = q.Kind == QuestionKind.Rating
                            ? int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var rating) && q.Scale!.Values.Contains(rating) && rating.ToString(CultureInfo.InvariantCulture) == value
                            : q.Options.Any(o => o.Code == value);
                        if (ok) choices[key] = [value];
                        else if (q.Kind == QuestionKind.Rating)
                            Error(name, string.Create(CultureInfo.InvariantCulture, $"„{value}” nie jest oceną od {q.Scale!.Min} do {q.Scale.Max}."));
                        else Error(name, $"„{value}” nie jest kodem żadnej odpowiedzi na to pytanie w wersji {versionNumber}.");
                    }
                    break;
                case QuestionKind.Text:
                    break;
            }
            if (q.HasText)
            {
                validKeys.Add(PaperKeying.TextKey(q.Code));
                var name = baseName + TextSuffix;
                var text = Required(name, isText: true) is { } raw ? UnprotectFromCsv(raw) : null;
                if (text is { Length: > 0 })
                {
                    if (text.Length > q.TextMaxLength)
                        Error(name, string.Create(CultureInfo.InvariantCulture, $"tekst ma {text.Length} znaków, a to pole mieści {q.TextMaxLength}."));
                    else texts[q.Code] = text;
                }
            }
        }

        foreach (var key in unreadable.Where(k => !validKeys.Contains(k)))
            Error(UnreadableColumn, $"„{key}” nie jest odpowiedzią w wersji {versionNumber}.");
        var markedInCells = unreadable.Where(k => !k.EndsWith(PaperKeying.TextKeySuffix, StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        foreach (var key in unreadableSeen.Where(k => !markedInCells.Contains(k)))
            Error(UnreadableColumn, $"odpowiedź „{key}” ma kod {RawDataCodes.UnreadableText}, a nie ma jej w tej kolumnie.");
        foreach (var key in markedInCells.Where(k => validKeys.Contains(k) && !unreadableSeen.Contains(k)))
            Error(UnreadableColumn, $"odpowiedź „{key}” jest tu nieczytelna, a jej komórka nie ma kodu {RawDataCodes.UnreadableText}.");

        if (errors.Count > 0) return (null, errors);
        var response = new RawResponse(id, versionNumber, channel!.Value, receivedOn, box.Length > 0 ? box : null, formNumber,
            StoredChoices.Encode(choices), unreadableText.Length > 0 ? unreadableText : null, texts, kioskId);
        return (response, errors);

        // A text column may hold "-9" as written by a citizen; only coded columns reserve it.
        string? Required(string name, bool isText = false)
        {
            if (positions.ContainsKey(name))
            {
                var value = Cell(name);
                if (value == RawDataCodes.NotAskedText && !isText)
                {
                    Error(name, $"wersja {versionNumber} zadaje to pytanie, więc kod {RawDataCodes.NotAskedText} (nie zadano) jest tu błędny.");
                    return null;
                }
                return value;
            }
            Error(name, $"brak kolumny „{name}”, której potrzebują odpowiedzi na wersję {versionNumber}.");
            return null;
        }
    }
}
