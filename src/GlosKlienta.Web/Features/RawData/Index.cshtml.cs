using GlosKlienta.Domain.RawData;

namespace GlosKlienta.Web.Features.RawData;

/// <summary>
/// Raw data of the survey for a period, for analysis outside the system: CSV, XLSX (with the
/// codebook sheet), the codebook alone (CSV, Markdown), SPSS syntax and an R script. The period is
/// chosen by a GET form (a half-year such as 2026H1, or two dates); each download is written to a
/// temporary file as the rows are read and then sent, and is recorded in the audit log.
/// </summary>
[Authorize(Policy = Policies.SurveyResults)]
public sealed class IndexModel(AppDbContext db, RawDataExport export, AuditLog audit, OfficeProfileProvider office, TimeProvider time, IStringLocalizer<SharedResource> text) : PageModel
{
    public const string Path = "/personel/analiza/dane";
    public const string HalfYearField = "okres";
    public const string FromField = "od";
    public const string ToField = "do";

    [BindProperty(SupportsGet = true, Name = "okres")] public string? HalfYear { get; set; }
    [BindProperty(SupportsGet = true, Name = "od")] public string? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "do")] public string? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "plik")] public string? FileCode { get; set; }

    public FormErrors Errors { get; } = new();
    public RawDataPeriod? Period { get; private set; }
    public int Count { get; private set; }
    public IReadOnlyList<int> VersionNumbers { get; private set; } = [];
    public int ColumnCount { get; private set; }
    public bool ShowFiles => Period is not null && !Errors.Any;

    public static readonly IReadOnlyList<(string Code, RawDataFile File)> Files =
    [
        ("csv", RawDataFile.Csv),
        ("xlsx", RawDataFile.Xlsx),
        ("ksiazka-kodow-csv", RawDataFile.CodebookCsv),
        ("ksiazka-kodow-md", RawDataFile.CodebookMarkdown),
        ("spss", RawDataFile.Spss),
        ("r", RawDataFile.R),
    ];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var asked = HalfYear is not null || From is not null || To is not null;
        if (!asked)
        {
            HalfYear = PreviousHalfYear((await office.GetAsync(cancellationToken)).Today(time)).HalfYear;
            return Page();
        }
        Period = ReadPeriod();
        if (Period is null) return Page();

        var layout = await export.LayoutAsync(Period, cancellationToken);
        Count = await export.CountAsync(Period, cancellationToken);
        VersionNumbers = layout.Versions.Select(v => v.Number).ToList();
        ColumnCount = layout.Columns.Count;
        if (FileCode is null) return Page();

        var file = Files.FirstOrDefault(f => f.Code == FileCode);
        if (file.Code is null)
        {
            Errors.Add("", text["RawData.Error.File"]);
            return Page();
        }

        audit.Record(RawDataAudit.Exported, RawDataAudit.Subject,
            string.Create(CultureInfo.InvariantCulture, $"{Period.From:yyyy-MM-dd}..{Period.To:yyyy-MM-dd}"),
            new { file = file.Code, period = Period.Slug, responses = Count });
        await db.SaveChangesAsync(cancellationToken);

        // A temporary file, not memory: a half-year may be hundreds of megabytes; it goes when the response is sent.
        var temp = new FileStream(System.IO.Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        try
        {
            var period = Period;
            await Task.Run(() => export.Write(file.File, layout, period, Count, temp), cancellationToken);
            temp.Position = 0;
        }
        catch
        {
            await temp.DisposeAsync();
            throw;
        }
        return File(temp, RawDataExport.MediaType(file.File), RawDataExport.FileName(Period, file.File));
    }

    public string FileLink(string code) =>
        Period!.HalfYear is { } half
            ? $"{Path}?okres={half}&plik={code}"
            : string.Create(CultureInfo.InvariantCulture, $"{Path}?od={Period.From:yyyy-MM-dd}&do={Period.To:yyyy-MM-dd}&plik={code}");

    public static RawDataPeriod PreviousHalfYear(DateOnly today) =>
        today.Month <= 6 ? RawDataPeriod.OfHalfYear(today.Year - 1, 2) : RawDataPeriod.OfHalfYear(today.Year, 1);

    private RawDataPeriod? ReadPeriod()
    {
        if (!string.IsNullOrWhiteSpace(HalfYear))
        {
            var half = RawDataPeriod.ParseHalfYear(HalfYear);
            if (half is null) Errors.Add("okres", text["RawData.Error.HalfYear"]);
            return half;
        }
        var fromOk = RawDataPeriod.TryParseDate(From, out var from);
        var toOk = RawDataPeriod.TryParseDate(To, out var to);
        if (!fromOk) Errors.Add("od", text["RawData.Error.From"]);
        if (!toOk) Errors.Add("do", text["RawData.Error.To"]);
        if (!fromOk || !toOk) return null;
        if (to < from)
        {
            Errors.Add("do", text["RawData.Error.Order"]);
            return null;
        }
        if (to.DayNumber - from.DayNumber >= RawDataPeriod.MaxDays)
        {
            Errors.Add("do", text["RawData.Error.TooLong"]);
            return null;
        }
        return new RawDataPeriod(from, to);
    }
}
