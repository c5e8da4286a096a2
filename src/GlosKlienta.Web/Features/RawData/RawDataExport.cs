using System.Collections;
using System.Text;
using GlosKlienta.Documents;
using GlosKlienta.Domain.RawData;
using GlosKlienta.Domain.Survey;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace GlosKlienta.Web.Features.RawData;

/// <summary>The files of one raw data export (what the staff page offers and the CLI could write).</summary>
public enum RawDataFile
{
    Csv,
    Xlsx,
    CodebookCsv,
    CodebookMarkdown,
    Spss,
    R,
}

/// <summary>
/// Reads the responses of a period from the database and writes the raw data files. Rows stream:
/// one reader over the responses and one over their texts, both in response order, merged as they
/// go, so a half-year of half a million responses keeps memory flat. Everything here is synchronous
/// because the spreadsheet writers are; callers run it off the request thread.
/// </summary>
public sealed class RawDataExport(AppDbContext db)
{
    public const string FilePrefix = "ankiety_";

    public static string FileName(RawDataPeriod period, RawDataFile file)
    {
        ArgumentNullException.ThrowIfNull(period);
        return FilePrefix + period.Slug + file switch
        {
            RawDataFile.Csv => ".csv",
            RawDataFile.Xlsx => ".xlsx",
            RawDataFile.CodebookCsv => "_ksiazka_kodow.csv",
            RawDataFile.CodebookMarkdown => "_ksiazka_kodow.md",
            RawDataFile.Spss => ".sps",
            RawDataFile.R => ".R",
        };
    }

    public static string MediaType(RawDataFile file) => file switch
    {
        RawDataFile.Csv or RawDataFile.CodebookCsv => FormatInfo.MediaType(SpreadsheetFormat.Csv),
        RawDataFile.Xlsx => FormatInfo.MediaType(SpreadsheetFormat.Xlsx),
        RawDataFile.CodebookMarkdown => "text/markdown; charset=utf-8",
        RawDataFile.Spss or RawDataFile.R => "text/plain; charset=utf-8",
    };

    /// <summary>
    /// The layout of the period: the survey versions its responses answered. A period without
    /// responses gets the newest version's columns, so even an empty file documents itself.
    /// </summary>
    public async Task<RawDataLayout> LayoutAsync(RawDataPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var used = await db.SurveyResponses.AsNoTracking()
            .Where(r => r.ReceivedOn >= period.From && r.ReceivedOn <= period.To)
            .Select(r => r.SurveyVersionId).Distinct().ToListAsync(cancellationToken);
        var query = db.SurveyVersions.AsNoTracking();
        var versions = used.Count > 0
            ? await query.Where(v => used.Contains(v.Id)).Select(v => new { v.Number, v.Definition }).ToListAsync(cancellationToken)
            : await query.OrderByDescending(v => v.Number).Take(1).Select(v => new { v.Number, v.Definition }).ToListAsync(cancellationToken);
        return RawDataLayout.For(versions.Select(v => new RawVersion(v.Number, SurveyDefinition.FromJson(v.Definition))));
    }

    /// <summary>The layout that reads any file: every survey version in the database.</summary>
    public async Task<RawDataLayout> FullLayoutAsync(CancellationToken cancellationToken)
    {
        var versions = await db.SurveyVersions.AsNoTracking().Select(v => new { v.Number, v.Definition }).ToListAsync(cancellationToken);
        return RawDataLayout.For(versions.Select(v => new RawVersion(v.Number, SurveyDefinition.FromJson(v.Definition))));
    }

    public Task<int> CountAsync(RawDataPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        return db.SurveyResponses.AsNoTracking().CountAsync(r => r.ReceivedOn >= period.From && r.ReceivedOn <= period.To, cancellationToken);
    }

    /// <summary>The period's responses in id order, texts included, read as they are enumerated.</summary>
    public IEnumerable<RawResponse> Responses(RawDataPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var (first, last) = (period.From, period.To);
        var versionNumbers = db.SurveyVersions.AsNoTracking().ToDictionary(v => v.Id, v => v.Number);
        var openings = db.BoxOpenings.AsNoTracking().Select(b => new { b.Id, b.Year, b.Number }).ToList()
            .ToDictionary(b => b.Id, b => BoxOpeningLabel(b.Year, b.Number));

        // The texts come from a second context (its own connection): PostgreSQL reads one result at a time per connection.
        using var textsDb = (AppDbContext)Activator.CreateInstance(db.GetType(), db.GetService<IDbContextOptions>())!;
        var texts = (from t in textsDb.SurveyResponseTexts.AsNoTracking()
                     join r in textsDb.SurveyResponses.AsNoTracking() on t.SurveyResponseId equals r.Id
                     where r.ReceivedOn >= first && r.ReceivedOn <= last
                     orderby t.SurveyResponseId, t.Id
                     select new { t.SurveyResponseId, t.QuestionCode, t.Text }).AsEnumerable().GetEnumerator();
        try
        {
            var hasText = texts.MoveNext();
            var responses = db.SurveyResponses.AsNoTracking()
                .Where(r => r.ReceivedOn >= first && r.ReceivedOn <= last)
                .OrderBy(r => r.Id)
                .Select(r => new { r.Id, r.SurveyVersionId, r.Channel, r.ReceivedOn, r.BoxOpeningId, r.FormNumber, r.Choices, r.Unreadable, r.KioskId })
                .AsEnumerable();
            foreach (var r in responses)
            {
                Dictionary<string, string>? own = null;
                while (hasText && texts.Current.SurveyResponseId <= r.Id)
                {
                    if (texts.Current.SurveyResponseId == r.Id)
                    {
                        own ??= new Dictionary<string, string>(StringComparer.Ordinal);
                        own[texts.Current.QuestionCode] = texts.Current.Text;
                    }
                    hasText = texts.MoveNext();
                }
                yield return new RawResponse(r.Id, versionNumbers[r.SurveyVersionId], r.Channel, r.ReceivedOn,
                    r.BoxOpeningId is { } b ? openings[b] : null, r.FormNumber, r.Choices, r.Unreadable,
                    own ?? (IReadOnlyDictionary<string, string>)EmptyTexts, r.KioskId);
            }
        }
        finally
        {
            texts.Dispose();
        }
    }

    private static readonly Dictionary<string, string> EmptyTexts = new(StringComparer.Ordinal);

    /// <summary>The stored responses with these ids, as the export reads them (for comparing an imported row).</summary>
    public async Task<Dictionary<long, RawResponse>> StoredAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        var rows = await db.SurveyResponses.AsNoTracking().Where(r => ids.Contains(r.Id))
            .Select(r => new
            {
                r.Id, r.SurveyVersionId, r.Channel, r.ReceivedOn, r.BoxOpeningId, r.FormNumber, r.Choices, r.Unreadable, r.KioskId,
                Texts = r.Texts.Select(t => new { t.QuestionCode, t.Text }).ToList(),
            })
            .ToListAsync(cancellationToken);
        if (rows.Count == 0) return [];
        var versionNumbers = await db.SurveyVersions.AsNoTracking().ToDictionaryAsync(v => v.Id, v => v.Number, cancellationToken);
        var openingIds = rows.Where(r => r.BoxOpeningId != null).Select(r => r.BoxOpeningId!.Value).Distinct().ToList();
        var openings = (await db.BoxOpenings.AsNoTracking().Where(b => openingIds.Contains(b.Id)).Select(b => new { b.Id, b.Year, b.Number }).ToListAsync(cancellationToken))
            .ToDictionary(b => b.Id, b => BoxOpeningLabel(b.Year, b.Number));
        return rows.ToDictionary(r => r.Id, r => new RawResponse(r.Id, versionNumbers[r.SurveyVersionId], r.Channel, r.ReceivedOn,
            r.BoxOpeningId is { } b ? openings[b] : null, r.FormNumber, r.Choices, r.Unreadable,
            r.Texts.ToDictionary(t => t.QuestionCode, t => t.Text, StringComparer.Ordinal), r.KioskId));
    }

    public static string BoxOpeningLabel(int year, int number) => string.Create(CultureInfo.InvariantCulture, $"{year}/{number}");

    /// <summary>
    /// The CSV through the shared writer (UTF-8 with BOM, comma, CRLF, RFC 4180 quoting): header of
    /// column names, then one row per response, read while it is written.
    /// </summary>
    public void WriteCsv(RawDataLayout layout, RawDataPeriod period, int count, Stream output)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var texts = layout.Columns.Select(c => c.ValueType == RawValueType.Text).ToArray();
        var sheet = new Sheet("dane", layout.Columns.Select(c => new SheetColumn(c.Name)).ToList(),
            new StreamedRows(count, () => Responses(period).Select(r =>
            {
                var row = layout.Encode(r);
                for (var i = 0; i < row.Length; i++)
                    if (texts[i] && row[i] is string text) row[i] = RawDataLayout.ProtectForCsv(text);
                return (IReadOnlyList<object?>)row;
            })));
        Renderers.Write(new Workbook([sheet]), SpreadsheetFormat.Csv, output);
    }

    /// <summary>The XLSX: the data sheet (typed numbers and dates) and the codebook sheet.</summary>
    public void WriteXlsx(RawDataLayout layout, RawDataPeriod period, int count, Stream output)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var data = new Sheet("dane", layout.Columns.Select(c => new SheetColumn(c.Name, c.Label)).ToList(),
            new StreamedRows(count, () => Responses(period).Select(r => (IReadOnlyList<object?>)layout.Encode(r))));
        Renderers.Write(new Workbook([data, CodebookSheet(layout)]) { Title = "Surowe dane ankiet " + period.Description }, SpreadsheetFormat.Xlsx, output);
    }

    public static Sheet CodebookSheet(RawDataLayout layout) =>
        new("ksiazka_kodow", RawDataCodebook.Header.Select(h => new SheetColumn(h)).ToList(),
            RawDataCodebook.Rows(layout).Select(r => (IReadOnlyList<object?>)r.Cast<object?>().ToList()).ToList());

    public static void WriteCodebookCsv(RawDataLayout layout, Stream output) =>
        Renderers.Write(new Workbook([CodebookSheet(layout)]), SpreadsheetFormat.Csv, output);

    /// <summary>Writes one file of the export for <paramref name="period"/>.</summary>
    public void Write(RawDataFile file, RawDataLayout layout, RawDataPeriod period, int count, Stream output)
    {
        ArgumentNullException.ThrowIfNull(period);
        var csvName = FileName(period, RawDataFile.Csv);
        switch (file)
        {
            case RawDataFile.Csv: WriteCsv(layout, period, count, output); break;
            case RawDataFile.Xlsx: WriteXlsx(layout, period, count, output); break;
            case RawDataFile.CodebookCsv: WriteCodebookCsv(layout, output); break;
            case RawDataFile.CodebookMarkdown: WriteText(output, RawDataCodebook.Markdown(layout, period, csvName)); break;
            case RawDataFile.Spss: WriteText(output, RawDataCodebook.Spss(layout, csvName)); break;
            case RawDataFile.R: WriteText(output, RawDataCodebook.RScript(layout, csvName)); break;
        }
    }

    private static void WriteText(Stream output, string text)
    {
        var bytes = new UTF8Encoding(false).GetBytes(text);
        output.Write(bytes);
    }

    /// <summary>
    /// Rows that are read while the writer goes through them, once; the count is known in advance
    /// (writers that need a dimension ask for it), indexing is not supported.
    /// </summary>
    private sealed class StreamedRows(int count, Func<IEnumerable<IReadOnlyList<object?>>> rows) : IReadOnlyList<IReadOnlyList<object?>>
    {
        public int Count => count;
        public IReadOnlyList<object?> this[int index] => throw new NotSupportedException("Raw data rows are streamed: enumerate them once.");
        public IEnumerator<IReadOnlyList<object?>> GetEnumerator() => rows().GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
