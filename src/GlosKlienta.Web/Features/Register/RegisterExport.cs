using GlosKlienta.Documents;

namespace GlosKlienta.Web.Features.Register;

/// <summary>The register's columns as a workbook (XLSX, ODS, CSV) and as a landscape PDF table.</summary>
public sealed class RegisterExport(IStringLocalizer text, DateOnly today, TimeZoneInfo zone, Func<Domain.Register.CompetentBody, string>? bodyName = null)
{
    /// <summary>The body by its proper name from the office's data when given (see <see cref="BodyNames"/>), else its kind's label.</summary>
    private string Body(Domain.Register.CompetentBody body) => bodyName?.Invoke(body) ?? text["Register.Body." + body].Value;

    private static readonly string[] Keys =
    [
        "Number", "CaseMark", "Received", "Sender", "Address", "Subject", "Kind", "Channel", "Body", "Assigned", "AssignedOn",
        "Due", "Outcome", "ClosedOn", "Notice", "NewDue", "Remarks", "Overdue",
    ];

    private static readonly string[] PdfKeys = ["Number", "Received", "Sender", "Subject", "Kind", "Body", "Assigned", "Due", "Outcome", "Notice", "Remarks"];

    private string Header(string key) => text["Register.Col." + key];

    public Workbook Workbook(IReadOnlyList<RegisterCase> cases)
    {
        var rows = cases.Select(c => (IReadOnlyList<object?>)
        [
            c.RegisterNumber, c.CaseMark, c.ReceivedOn, c.SenderName, c.SenderAddress, c.Subject,
            text["Register.Kind." + c.Kind].Value, text["Register.Channel." + c.Channel].Value,
            Body(c.CompetentBody) + (c.CompetentBodyName is null ? "" : ": " + c.CompetentBodyName),
            c.AssignedTo, c.AssignedAt is { } a ? OfficeDay(a) : null,
            c.HasTerm ? c.DueOn : null, c.Outcome is { } o ? text["Register.Outcome." + o].Value : null, c.ClosedOn,
            c.DelayNoticeOn, c.NewDueOn, c.Remarks, Overdue(c) ? text["Register.Status.Overdue"].Value : null,
        ]).ToList();
        return new Workbook([new Sheet(text["Register.Export.Sheet"], Keys.Select(k => new SheetColumn(Header(k))).ToList(), rows)])
        {
            Title = text["Register.Index.Title"],
        };
    }

    /// <summary>The office's calendar day of a moment (an assignment made at 0:30 in Lesko is not dated the day before).</summary>
    private DateOnly OfficeDay(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);

    private bool Overdue(RegisterCase c) => !c.IsClosed && c.HasTerm && c.EffectiveDueOn < today;

    public Document Document(IReadOnlyList<RegisterCase> cases, string officeName)
    {
        string D(DateOnly? d) => d is { } x ? x.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";
        var header = PdfKeys.Select(Header).ToList();
        var rows = cases.Select(c => (IReadOnlyList<string>)
        [
            c.RegisterNumber + (c.CaseMark is null ? "" : "\n" + c.CaseMark), D(c.ReceivedOn), (c.SenderName ?? "") + (c.SenderAddress is null ? "" : ", " + c.SenderAddress), c.Subject,
            text["Register.Kind." + c.Kind].Value, Body(c.CompetentBody),
            c.AssignedTo is null ? "" : c.AssignedTo + (c.AssignedAt is { } a ? ", " + D(OfficeDay(a)) : ""),
            (c.HasTerm ? D(c.EffectiveDueOn) : "—") + (Overdue(c) ? " (" + text["Register.Status.Overdue"].Value + ")" : ""),
            c.Outcome is { } o ? text["Register.Outcome." + o].Value + ", " + D(c.ClosedOn) : "",
            D(c.DelayNoticeOn), c.Remarks ?? "",
        ]).ToList();
        return new Document(text["Register.Index.Title"],
        [
            new Heading(1, text["Register.Index.Title"]),
            new Paragraph(text["Register.Export.Intro", officeName, D(today), cases.Count]),
            new Table(header, rows) { SizePt = 8, RelativeWidths = [6, 7, 14, 16, 7, 8, 10, 9, 10, 7, 10] },
        ])
        {
            Page = new PageSetup(Orientation: PageOrientation.Landscape, MarginMm: 12),
            CreatedAt = new DateTimeOffset(today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
        };
    }
}
