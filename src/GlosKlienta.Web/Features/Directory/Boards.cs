using System.Text;
using GlosKlienta.Documents;
using GlosKlienta.Domain.Directory;
using GlosKlienta.Domain.Staff;
using GlosKlienta.Web.Features.Reception;

namespace GlosKlienta.Web.Features.Directory;

public enum PrintKind { BoardA, BoardB, BoardC, DoorSign }

/// <summary>One printable item: a board of a building or the sign of one room's door, with its document and the fingerprint of its text.</summary>
public sealed record PrintItem(string Key, PrintKind Kind, string Title, Document Document, string Hash)
{
    public bool IsBoard => Kind != PrintKind.DoorSign;
}

/// <summary>
/// What the boards need besides the directory: the office, the boxes and the art. 253 reception hours
/// (read from <see cref="ReceptionHours"/>, kept by the complaints register), and the public address the QR codes open.
/// </summary>
/// <param name="PublicBaseUrl">The office's public address; null until it is set, and then nothing with a QR code or an address is printed.</param>
public sealed record BoardContext(OfficeProfile Office, IReadOnlyList<ReceptionHours> Reception, IReadOnlyList<(int BuildingId, string Location)> Boxes, string? PublicBaseUrl);

/// <summary>
/// Makes board A (rooms), B (general), C (hours at the entrance) of every building and a door sign for every
/// occupied room as <see cref="Document"/>s, from one <see cref="DirectoryState"/>. The fingerprint of an item is
/// the SHA-256 of its text without images, so a QR code or the address it points to never makes a copy "changed".
/// </summary>
public sealed class Boards(AppDbContext db, OfficeProfileProvider office, IStringLocalizer<SharedResource> text)
{
    public const string WhoWherePath = "/informacje/kto-gdzie";
    public const string HoursPath = "/informacje/godziny";

    private static readonly CultureInfo Pl = CultureInfo.GetCultureInfo("pl-PL");

    public async Task<BoardContext> ContextAsync(CancellationToken cancellationToken)
    {
        var profile = await office.GetAsync(cancellationToken);
        var reception = await db.ReceptionHours.AsNoTracking().ToListAsync(cancellationToken);
        var boxes = await db.SurveyBoxes.AsNoTracking().Where(b => b.IsActive).OrderBy(b => b.Id)
            .Select(b => new { b.BuildingId, b.Location }).ToListAsync(cancellationToken);
        return new BoardContext(profile, reception.OrderBy(r => r.OfficialRole == Roles.Burmistrz ? 0 : 1).ThenBy(r => ((int)r.Day + 6) % 7).ThenBy(r => r.From).ToList(),
            boxes.Select(b => (b.BuildingId, b.Location)).ToList(), profile.PublicUrl);
    }

    /// <summary>Every board and door sign the directory gives now, in print order (boards by building, then doors).</summary>
    public IReadOnlyList<PrintItem> All(DirectoryState state, BoardContext context, PaperSize boardSize = PaperSize.A4, bool withQr = false)
    {
        var items = new List<PrintItem>();
        foreach (var b in state.OrderedBuildings)
        {
            items.Add(Item("a/" + b.Code, PrintKind.BoardA, text["Directory.Board.ATitle", b.Name].Value, BoardA(state, context, b, boardSize, withQr)));
            items.Add(Item("b/" + b.Code, PrintKind.BoardB, text["Directory.Board.BTitle", b.Name].Value, BoardB(state, context, b, boardSize, withQr)));
            items.Add(Item("c/" + b.Code, PrintKind.BoardC, text["Directory.Board.CTitle", b.Name].Value, BoardC(state, context, b, boardSize, withQr)));
        }
        foreach (var room in state.OccupiedRooms())
            items.Add(Item("drzwi/" + room.Room.Id.ToString(CultureInfo.InvariantCulture), PrintKind.DoorSign,
                text["Directory.Sign.Title", room.Room.Number, room.Building.Name].Value, DoorSign(room)));
        return items;
    }

    /// <summary>
    /// The title of a printed item that the directory no longer gives (a door sign of a room that is now
    /// empty, a board of a building taken out), for the list of prints to take down.
    /// </summary>
    public string GoneTitle(DirectoryState state, string key)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(key);
        if (key.StartsWith("drzwi/", StringComparison.Ordinal)
            && int.TryParse(key["drzwi/".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var roomId)
            && state.Rooms.FirstOrDefault(r => r.Id == roomId) is { } room
            && state.Buildings.FirstOrDefault(b => b.Id == room.BuildingId) is { } building)
            return text["Directory.Sign.Title", room.Number, building.Name].Value;
        return text["Directory.Prints.Gone", key].Value;
    }

    private static PrintItem Item(string key, PrintKind kind, string title, Document document) =>
        new(key, kind, title, document, DirectoryRules.ContentHash(TextOf(document)));

    public string FloorName(int floor) => floor switch
    {
        0 => text["Directory.Floor.Ground"],
        > 0 => text["Directory.Floor.Upper", floor],
        _ => text["Directory.Floor.Below", -floor],
    };

    /// <summary>
    /// A board is a poster: it fits its sheet (type down to 60%, then two columns under the title, then a
    /// further sheet marked as continued, see <see cref="PageFit"/>). <paramref name="heading"/> names the
    /// board at the top of a further sheet.
    /// </summary>
    private PageSetup BoardPage(PaperSize size, string heading) =>
        new(size, PageOrientation.Portrait, MarginMm: size == PaperSize.A3 ? 20 : 15, BaseFontSizePt: size == PaperSize.A3 ? 22 : 16, PageNumbers: true)
        {
            Fit = new PageFit
            {
                // 60%, below the usual 70%: board A of Lesko's main building (16 posts, long unit names) needs
                // 60% in one column (13.5 pt table text on A3), and one column of rows on one or two lines
                // reads better than two columns of rows wrapped three or four times.
                MinScale = 0.6,
                SpanningBlocks = 2,
                ContinuedTop = text["Directory.Board.ContinuedTop", heading],
                ContinuedBottom = text["Directory.Board.ContinuedBottom"],
            },
        };

    private static double Scale(PaperSize size) => size == PaperSize.A3 ? 1.41 : 1.0;

    public Document BoardA(DirectoryState state, BoardContext context, DirectoryState.BuildingEntry building, PaperSize size, bool withQr)
    {
        var s = Scale(size);
        var heading = text["Directory.Board.AHeading", building.Name, building.Address].Value;
        var blocks = new List<Block>
        {
            new Heading(1, context.Office.Name) { SizePt = 30 * s, Align = TextAlign.Center },
            new Heading(2, heading) { SizePt = 22 * s, Align = TextAlign.Center },
        };
        var rooms = state.OccupiedRooms(building.Id);
        foreach (var floor in rooms.GroupBy(r => r.Room.Floor).OrderBy(g => g.Key))
        {
            blocks.Add(new Heading(2, FloorName(floor.Key)) { SizePt = 22 * s });
            blocks.Add(new Table(
                [text["Directory.Board.Room"], text["Directory.Board.Post"], text["Directory.Board.Unit"]],
                floor.SelectMany(r => r.Posts.Select(p => (IReadOnlyList<string>)[r.Room.Number, p.Post.Name, p.Unit?.Name ?? ""])).ToList())
            {
                // Post and unit names share the width evenly; the room column keeps its eighth, which ODT and
                // DOCX (they do not measure words) need for "Pokój" at the full A4 size.
                RelativeWidths = [2, 7, 7],
                SizePt = 16 * s,
            });
        }
        if (rooms.Count == 0) blocks.Add(new Paragraph(text["Directory.Board.NoRooms"]));
        AddQr(blocks, withQr, context.PublicBaseUrl + WhoWherePath, text["Directory.Board.QrWhoWhere"], s);
        return new Document(text["Directory.Board.ATitle", building.Name], blocks) { Page = BoardPage(size, heading), Author = context.Office.Name };
    }

    public Document BoardB(DirectoryState state, BoardContext context, DirectoryState.BuildingEntry building, PaperSize size, bool withQr)
    {
        var s = Scale(size);
        var blocks = new List<Block>
        {
            new Heading(1, context.Office.Name) { SizePt = 30 * s, Align = TextAlign.Center },
            new Paragraph(building.Name + ", " + building.Address) { Align = TextAlign.Center, SizePt = 18 * s },
            new Heading(2, text["Directory.Board.OfficeHours"]) { SizePt = 22 * s },
        };
        blocks.Add(HoursTable(state.OfficeHoursOf(building.Id), s));
        var cash = state.CashDeskHoursOf(building.Id);
        if (cash.Count > 0)
        {
            blocks.Add(new Heading(2, text["Directory.Board.CashDesk"]) { SizePt = 22 * s });
            blocks.Add(HoursTable(cash, s));
        }
        blocks.Add(new Heading(2, text["Directory.Board.Complaints"]) { SizePt = 22 * s });
        blocks.Add(new Paragraph(text["Directory.Board.ComplaintsHow", GlosKlienta.Web.Features.Languages.PolishParts.EDeliveryName]));
        if (context.Reception.Count == 0)
        {
            blocks.Add(new Paragraph(text["Directory.Board.ReceptionUnknown"]));
        }
        else
        {
            blocks.Add(new Paragraph(text["Directory.Board.ReceptionIntro"]));
            blocks.Add(new BulletList(context.Reception.Select(ReceptionLine).ToList()));
        }
        blocks.Add(new Heading(2, text["Directory.Board.Survey"]) { SizePt = 22 * s });
        blocks.Add(new Paragraph(text["Directory.Board.SurveyOnline", context.PublicBaseUrl + "/ankieta"]));
        if (context.Boxes.Count > 0)
        {
            blocks.Add(new Paragraph(text["Directory.Board.SurveyBoxes"]));
            blocks.Add(new BulletList(context.Boxes.Select(b => b.Location).ToList()));
        }
        var contact = state.ActivePosts().FirstOrDefault(p => p.Post.IsAccessibilityContact);
        if (contact is not null)
        {
            blocks.Add(new Heading(2, text["Directory.Board.Accessibility"]) { SizePt = 22 * s });
            blocks.Add(new Paragraph(ContactLine(contact)));
        }
        AddQr(blocks, withQr, context.PublicBaseUrl + HoursPath, text["Directory.Board.QrHours"], s);
        return new Document(text["Directory.Board.BTitle", building.Name], blocks) { Page = BoardPage(size, context.Office.Name + ", " + building.Address), Author = context.Office.Name };
    }

    public Document BoardC(DirectoryState state, BoardContext context, DirectoryState.BuildingEntry building, PaperSize size, bool withQr)
    {
        var s = Scale(size);
        var blocks = new List<Block>
        {
            new Heading(1, context.Office.Name) { SizePt = 32 * s, Align = TextAlign.Center },
            new Paragraph(building.Address) { Align = TextAlign.Center, SizePt = 22 * s },
            new Heading(2, text["Directory.Board.OfficeHours"]) { SizePt = 26 * s, Align = TextAlign.Center },
            HoursTable(state.OfficeHoursOf(building.Id), s * 1.2),
        };
        var cash = state.CashDeskHoursOf(building.Id);
        if (cash.Count > 0)
        {
            blocks.Add(new Heading(2, text["Directory.Board.CashDesk"]) { SizePt = 22 * s, Align = TextAlign.Center });
            blocks.Add(HoursTable(cash, s));
        }
        AddQr(blocks, withQr, context.PublicBaseUrl + HoursPath, text["Directory.Board.QrHours"], s);
        return new Document(text["Directory.Board.CTitle", building.Name], blocks) { Page = BoardPage(size, context.Office.Name + ", " + building.Address), Author = context.Office.Name };
    }

    /// <summary>
    /// A door sign on A5 landscape, read from 2 m: the room number (72 pt), then each post in the room
    /// (20 pt bold) with the people who hold it (30 pt) and its unit, centred on the sheet. Only a crowded
    /// room makes the type smaller: down to 75%, then two columns, then a second sheet; a post never
    /// parts from its people and unit.
    /// </summary>
    public Document DoorSign(DirectoryState.RoomView room)
    {
        var number = text["Directory.Sign.Room", room.Room.Number].Value;
        var blocks = new List<Block>
        {
            new Heading(1, number) { SizePt = 72, Align = TextAlign.Center },
        };
        // Posts held by the same people (one person on two posts, say) share one name line.
        foreach (var group in room.Posts.GroupBy(p => string.Join(",", p.People.Select(e => e.Id))))
        {
            if (blocks.Count > 1) blocks.Add(new Spacer(3));
            var people = group.First().People;
            var units = group.Select(p => p.Unit?.Name).Where(n => n is not null).Distinct().ToList();
            var posts = group.ToList();
            for (int i = 0; i < posts.Count; i++)
                blocks.Add(new Paragraph([new Run(posts[i].Post.Name, Bold: true)])
                {
                    SizePt = 20, SpaceAfterPt = 2, Align = TextAlign.Center, KeepWithNext = i + 1 < posts.Count || people.Count > 0 || units.Count > 0,
                });
            if (people.Count > 0)
                blocks.Add(new Paragraph(string.Join(", ", people.Select(e => e.FullName))) { SizePt = 30, SpaceAfterPt = 2, Align = TextAlign.Center, KeepWithNext = units.Count > 0 });
            if (units.Count > 0)
                blocks.Add(new Paragraph(string.Join("; ", units)) { SizePt = 15, SpaceAfterPt = 2, Align = TextAlign.Center });
        }
        return new Document(text["Directory.Sign.Title", room.Room.Number, room.Building.Name], blocks)
        {
            Page = new PageSetup(PaperSize.A5, PageOrientation.Landscape, MarginMm: 10, BaseFontSizePt: 18, PageNumbers: false)
            {
                Fit = new PageFit
                {
                    MinScale = 0.75,
                    MinSizePt = 12,
                    SpanningBlocks = 1,
                    ContinuedTop = text["Directory.Board.ContinuedTop", number],
                    ContinuedBottom = text["Directory.Board.ContinuedBottom"],
                    CenterVertically = true,
                },
            },
        };
    }

    private Table HoursTable(IReadOnlyList<DirectoryState.HoursEntry> hours, double scale) =>
        new([text["Directory.Board.Day"], text["Directory.Board.Hours"]],
            hours.Select(h => (IReadOnlyList<string>)[Pl.DateTimeFormat.GetDayName(h.Day), Span(h.Opens, h.Closes)]).ToList())
        {
            RelativeWidths = [1, 1],
            SizePt = 18 * scale,
        };

    public static string Span(TimeOnly from, TimeOnly to) => from.ToString("H:mm", Pl) + "–" + to.ToString("H:mm", Pl);

    public string OfficialLabel(ReceptionHours r) =>
        r.OfficialName is { Length: > 0 } name ? name
        : r.OfficialRole == Roles.Burmistrz ? text["Directory.Reception.Burmistrz"] : text["Directory.Reception.Deputy"];

    public string ReceptionLine(ReceptionHours r)
    {
        var line = new StringBuilder();
        line.Append(OfficialLabel(r)).Append(": ").Append(Pl.DateTimeFormat.GetDayName(r.Day)).Append(' ').Append(Span(r.From, r.To));
        if (r.Place is { Length: > 0 } place) line.Append(", ").Append(place);
        if (r.Notes is { Length: > 0 } notes) line.Append(" (").Append(notes).Append(')');
        return line.ToString();
    }

    public string ContactLine(DirectoryState.PostView p)
    {
        var parts = new List<string> { p.Post.Name };
        if (p.People.Count > 0) parts.Add(string.Join(", ", p.People.Select(e => e.FullName)));
        if (p.Room is not null) parts.Add(text["Directory.Sign.Room", p.Room.Number] + (p.Building is null ? "" : " (" + p.Building.Address + ")"));
        if (p.Post.Phones is { Length: > 0 } phones) parts.Add(text["Directory.Public.Phone"] + " " + phones);
        if (p.Post.Email is { Length: > 0 } email) parts.Add(text["Directory.Public.Email"] + " " + email);
        return string.Join(", ", parts);
    }

    private static void AddQr(List<Block> blocks, bool withQr, string url, string alt, double scale)
    {
        if (!withQr) return;
        var png = QrPng.Of(url);
        blocks.Add(new Spacer(6));
        blocks.Add(new Image(png, "image/png", alt, 40 * scale) { Align = TextAlign.Center, Caption = url });
    }

    /// <summary>The text a document prints, block by block, without images: what the fingerprint of a printed copy covers.</summary>
    public static string TextOf(Document document)
    {
        var sb = new StringBuilder();
        sb.Append(document.Title).Append('\n');
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case Heading h: sb.Append("# ").Append(h.Text).Append('\n'); break;
                case Paragraph p: sb.Append(string.Concat(p.Runs.Select(r => r.Text))).Append('\n'); break;
                case BulletList l: foreach (var i in l.Items) sb.Append("- ").Append(i).Append('\n'); break;
                case Table t:
                    if (t.ShowHeader) sb.Append(string.Join(" | ", t.Header)).Append('\n');
                    foreach (var row in t.Rows) sb.Append(string.Join(" | ", row)).Append('\n');
                    break;
                case FieldToComplete f: sb.Append(f.Label).Append(": ").Append(f.Value).Append('\n'); break;
                case SignatureLines s: sb.Append(string.Join(" | ", s.Labels)).Append('\n'); break;
                default: break;
            }
        }
        return sb.ToString();
    }
}
