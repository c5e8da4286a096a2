using GlosKlienta.Documents;
using GlosKlienta.Domain.Analysis;
using GlosKlienta.Domain.Survey;

namespace GlosKlienta.Web.Features.Results;

/// <summary>
/// The published figures as open data: one CSV row per figure the page shows, written by the shared
/// spreadsheet writer (UTF-8 with BOM, CRLF, dot decimals). A withheld figure keeps its row, with empty
/// numbers and the page's sentence, so a reader knows it exists and why it is missing.
/// </summary>
[AllowAnonymous]
public sealed class CsvModel(PublishedResults results, OfficeProfileProvider office, IStringLocalizer<SharedResource> text) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var zone = (await office.GetAsync(cancellationToken)).TimeZone;
        var workbook = new Workbook([Sheet(await results.SectionsAsync(cancellationToken), zone)]) { Title = text["Results.Title"] };
        return File(Renderers.WriteToBytes(workbook, SpreadsheetFormat.Csv), FormatInfo.MediaType(SpreadsheetFormat.Csv), "wyniki-ankiety" + FormatInfo.Extension(SpreadsheetFormat.Csv));
    }

    public Sheet Sheet(IReadOnlyList<PublishedSection> sections, TimeZoneInfo zone)
    {
        string[] headers = ["Period", "PeriodName", "From", "To", "Approved", "Measure", "Item", "N", "Share", "Lower", "Upper", "Note"];
        var columns = headers.Select(h => new SheetColumn(text["Results.Csv." + h])).ToList();
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var s in sections)
        {
            var f = s.Figures;
            var approved = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(s.ApprovedAt, zone).DateTime);
            void Add(string measure, string item, int? n, double? share, double? lower, double? upper, bool withheld) =>
                rows.Add([f.Period, f.PeriodName, f.From, f.To, approved, measure, item, n, share, lower, upper, withheld ? text["Results.TooFew"].Value : null]);
            void AddShare(string measure, PublishedItem item) =>
                Add(measure, item.Text, item.Share?.N, Pct(item.Share?.Share), Pct(item.Share?.Lower), Pct(item.Share?.Upper), item.Suppressed);

            if (f.Suppressed)
            {
                Add(text["Results.Csv.Responses"], text["Results.Participation.All"], null, null, null, null, true);
                continue;
            }
            int total = f.Responses!.Value;
            Add(text["Results.Csv.Responses"], text["Results.Participation.All"], total, Pct(1), null, null, false);
            foreach (var c in f.Channels)
                Add(text["Results.Csv.Channel"], text["Results.Channel." + ChannelCodes.Code(c.Channel)].Value, c.Count, Pct((double?)c.Count / total), null, null, c.Suppressed);
            foreach (var r in f.Ratings)
                AddShare(text["Results.Csv.TopTwo"], r);
            if (f.NotOnTime is { } late)
                AddShare(text["Results.Csv.NotOnTime"], late with { Text = text["Results.NotOnTime.Item"] });
        }
        return new Sheet(text["Results.Csv.Sheet"], columns, rows);
    }

    private static double? Pct(double? share) => share is { } v ? ResultsText.Rounded(v) : null;
}
