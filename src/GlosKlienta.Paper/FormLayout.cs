using GlosKlienta.Documents;
using GlosKlienta.Domain.Paper;
using GlosKlienta.Domain.Survey;
using PdfSharp.Drawing;

namespace GlosKlienta.Paper;

/// <summary>A rectangle on the page in millimetres, from the page's top-left corner.</summary>
public readonly record struct MmRect(double X, double Y, double W, double H)
{
    public double Right => X + W;
    public double Bottom => Y + H;

    /// <summary>True when the two share any area (touching edges do not count).</summary>
    public bool Overlaps(MmRect other) =>
        X < other.Right - Epsilon && other.X < Right - Epsilon && Y < other.Bottom - Epsilon && other.Y < Bottom - Epsilon;

    /// <summary>Lines stacked by adding their heights meet within rounding, not overlap.</summary>
    private const double Epsilon = 1e-6;

    public bool Inside(MmRect other) => X >= other.X && Y >= other.Y && Right <= other.Right && Bottom <= other.Bottom;

    public MmRect Down(double dy) => this with { Y = Y + dy };
}

/// <summary>
/// A tick box. <see cref="Key"/> is the answer it stands for in the stored-answers form (<see cref="StoredChoices"/>):
/// <c>plec=kobieta</c>, <c>trudnosci=brak-informacji</c>, <c>oceny.uprzejmosc=5</c>, <c>informacje.prasa=pozytywnie</c>.
/// </summary>
public sealed record LayoutBox(string Key, MmRect Rect);

/// <summary>A written answer: <see cref="Key"/> is its field as keying names it (<see cref="PaperKeying.TextKey"/>: <c>uwagi.tekst</c>).</summary>
public sealed record LayoutTextArea(string Key, MmRect Rect, int Lines);

public enum LabelStyle { Regular, Bold, Italic }

/// <summary>What a printed line of text is to a screen reader: the structure the tagged PDF gives it.</summary>
public enum LabelRole
{
    /// <summary>The form's title (H1).</summary>
    Title,
    /// <summary>A question's text (H2).</summary>
    Question,
    /// <summary>Running text: intro, hints, options, items (P).</summary>
    Text,
    /// <summary>Repeated on every page (identifier, page number): an artifact, not read.</summary>
    Furniture,
}

/// <summary>
/// One printed line of text, already broken to fit: the renderer draws it at <see cref="Rect"/> and measures nothing.
/// Lines with the same <see cref="Block"/> are one paragraph or heading.
/// </summary>
public sealed record LayoutLabel(string Text, MmRect Rect, double SizePt, LabelStyle Style, bool Centered, LabelRole Role, int Block);

/// <summary>
/// What a scanner decides as one answer: a choice question (<see cref="Key"/> its code, <c>plec</c>) or one item of a rating
/// or matrix question (<c>oceny.uprzejmosc</c>). <see cref="SingleChoice"/> when one mark is expected (single choice
/// questions, every rating and matrix item), false for a multiple choice question. <see cref="Area"/> holds its boxes and
/// their labels (what the verification queue's crop shows); for a table's item <see cref="Heading"/> is the row of column
/// headings above it, shown on top of the crop.
/// </summary>
public sealed record LayoutQuestion(string Key, bool SingleChoice, MmRect Area, MmRect? Heading = null);

/// <summary>A printed line (writing lines of a text area, a table's row separators).</summary>
public sealed record LayoutRule(double X1, double Y1, double X2, double Y2, double WidthMm, bool Light);

/// <summary>
/// One page of the form: what a reader measures (<see cref="Boxes"/>, <see cref="Texts"/>, the four <see cref="Fiducials"/>
/// and the <see cref="Code"/>'s square) and what is only printed (<see cref="Labels"/>, <see cref="Rules"/>).
/// </summary>
public sealed record LayoutPage(
    int Page,
    IReadOnlyList<LayoutBox> Boxes,
    IReadOnlyList<LayoutTextArea> Texts,
    IReadOnlyList<LayoutLabel> Labels,
    IReadOnlyList<LayoutRule> Rules,
    IReadOnlyList<MmRect> Fiducials,
    MmRect Code,
    MmRect SerialLabel)
{
    /// <summary>The choice questions and table items on the page, in print order (not part of the <c>forms layout</c> JSON).</summary>
    public IReadOnlyList<LayoutQuestion> Questions { get; init; } = [];
}

/// <summary>What the header of every page names: the office (and its code in the QR), the version's number.</summary>
public sealed record FormHeader(string OfficeName, string OfficeCode, int VersionNumber);

/// <summary>
/// The printable F1 of one survey version in one language: A4 pages in millimetres, every tick box with the answer it
/// stands for, every written answer's area, the corner fiducials and the QR code's square. The one source of positions:
/// the renderer draws it, <c>forms layout</c> writes it, and a scanner reads against it.
/// </summary>
public sealed record FormLayout(string Language, FormHeader Header, string Title, IReadOnlyList<LayoutPage> Pages)
{
    public const string Identifier = "F1-P/7/5";
    public const double PageWidthMm = 210;
    public const double PageHeightMm = 297;
    /// <summary>No box, text area or printed text comes nearer the edge than this (what office printers leave unprinted is 4–6 mm).</summary>
    public const double MarginMm = 10;
    public const double FiducialMm = 6;
    public const double BoxMm = 5.5;
    public const double CodeMm = 24;

    /// <summary>The printable area inside the margins.</summary>
    public static readonly MmRect Printable = new(MarginMm, MarginMm, PageWidthMm - 2 * MarginMm, PageHeightMm - 2 * MarginMm);

    /// <summary>The four corner marks, the same on every page: solid squares whose outer corners sit on the margins.</summary>
    public static readonly IReadOnlyList<MmRect> FiducialRects =
    [
        new(MarginMm, MarginMm, FiducialMm, FiducialMm),
        new(PageWidthMm - MarginMm - FiducialMm, MarginMm, FiducialMm, FiducialMm),
        new(MarginMm, PageHeightMm - MarginMm - FiducialMm, FiducialMm, FiducialMm),
        new(PageWidthMm - MarginMm - FiducialMm, PageHeightMm - MarginMm - FiducialMm, FiducialMm, FiducialMm),
    ];

    /// <summary>The QR code with its quiet zone, top right beside the corner mark.</summary>
    public static readonly MmRect CodeRect = new(PageWidthMm - MarginMm - FiducialMm - 4 - CodeMm, MarginMm, CodeMm, CodeMm);

    /// <summary>The languages a form can be printed in.</summary>
    public static readonly IReadOnlyList<string> Languages = [SurveyTranslations.Polish, .. SurveyTranslations.Languages];

    /// <summary>
    /// The layout of <paramref name="definition"/> in <paramref name="language"/>; a version not wholly translated into it is laid
    /// out in Polish, as the web shows it (<see cref="Language"/> says which one it is).
    /// </summary>
    public static FormLayout Build(SurveyDefinition definition, string language, FormHeader header)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(header);
        if (!Languages.Contains(language)) throw new ArgumentException($"Unknown language '{language}'.", nameof(language));
        var effective = language == SurveyTranslations.Polish || !SurveyTranslations.CompleteLanguages(definition).Contains(language)
            ? SurveyTranslations.Polish
            : language;
        var shown = SurveyTranslations.In(definition, effective);
        return new FormLayoutBuilder(shown, effective, header).Build();
    }

    /// <summary>The identifier and version as printed in every page's header: "F1-P/7/5 · wersja 3".</summary>
    public string IdentifierLine => Identifier + " · " + FormWords.Get("Version", Language, Header.VersionNumber);

    /// <summary>The serial as printed under the code ("Nr 201").</summary>
    public string SerialText(int serial) => FormWords.Get("Serial", Language, serial);

    public string CodeAlt(FormCode code) => FormWords.Get("CodeAlt", Language, code.Text);
}

/// <summary>Lays the questions out top to bottom, a question never split across pages.</summary>
internal sealed class FormLayoutBuilder(SurveyDefinition definition, string language, FormHeader header)
{
    private const double Left = 15;
    private const double Right = 195;
    private const double Width = Right - Left;
    private const double HeaderLeft = 20;
    private const double HeaderRight = 160;
    private const double LaterPagesTop = 40.5;
    private const double ContentBottom = 272;
    private const double LastPageBottom = 278;
    private const double TextPt = 11;
    private const double RowMm = 6.6;
    private const double BoxInset = (RowMm - FormLayout.BoxMm) / 2;
    private const double BoxTextGap = 2.5;
    private const double WritingLineMm = 8;
    private const double QuestionGap = 3.5;
    private const double ItemColumn = 78;

    private readonly Measure measure = new();
    private readonly List<PageParts> pages = [];
    private int block;

    private sealed class PageParts
    {
        public List<LayoutBox> Boxes { get; } = [];
        public List<LayoutTextArea> Texts { get; } = [];
        public List<LayoutLabel> Labels { get; } = [];
        public List<LayoutRule> Rules { get; } = [];
        public List<LayoutQuestion> Questions { get; } = [];
    }

    /// <summary>A question laid out from y = 0, placed on a page afterwards.</summary>
    private sealed class Block
    {
        public List<LayoutBox> Boxes { get; } = [];
        public List<LayoutTextArea> Texts { get; } = [];
        public List<LayoutLabel> Labels { get; } = [];
        public List<LayoutRule> Rules { get; } = [];
        public List<LayoutQuestion> Questions { get; } = [];
        public double Height { get; set; }
    }

    public FormLayout Build()
    {
        var page = NewPage();
        double y = FirstPageHeader(page);
        foreach (var q in definition.Questions)
        {
            var b = QuestionBlock(q);
            if (y + b.Height > ContentBottom && (page.Boxes.Count > 0 || page.Texts.Count > 0))
            {
                page = NewPage();
                y = LaterPagesTop;
            }
            Place(page, b, y);
            y += b.Height + QuestionGap;
        }
        // The last page has no "continued" line at its foot: the closing words may use that room.
        var closing = ClosingBlock();
        if (y + closing.Height > LastPageBottom)
        {
            page = NewPage();
            y = LaterPagesTop;
        }
        Place(page, closing, y);

        var title = definition.Title;
        var result = new List<LayoutPage>();
        for (int i = 0; i < pages.Count; i++)
        {
            var p = pages[i];
            PageFurniture(p, i + 1, pages.Count);
            result.Add(new LayoutPage(i + 1, p.Boxes, p.Texts, p.Labels, p.Rules, FormLayout.FiducialRects, FormLayout.CodeRect,
                new MmRect(FormLayout.CodeRect.X - 6, FormLayout.CodeRect.Bottom + 0.5, FormLayout.CodeMm + 12, 4.5))
            { Questions = p.Questions });
        }
        return new FormLayout(language, header, title, result);
    }

    private PageParts NewPage()
    {
        var p = new PageParts();
        pages.Add(p);
        return p;
    }

    private double FirstPageHeader(PageParts page)
    {
        double y = 23;
        y = Paragraph(page.Labels, definition.Title, HeaderLeft, y, HeaderRight - HeaderLeft, 15, LabelStyle.Bold, LabelRole.Title);
        if (!string.IsNullOrWhiteSpace(definition.Intro))
            y = Paragraph(page.Labels, definition.Intro, HeaderLeft, y + 1, HeaderRight - HeaderLeft, TextPt, LabelStyle.Regular, LabelRole.Text);
        y = Math.Max(y + 2, FormLayout.CodeRect.Bottom + 6);
        y = Paragraph(page.Labels, FormWords.Get("Instruction", language) + " " + FormWords.Get("DropInBox", language), Left, y, Width, TextPt, LabelStyle.Italic, LabelRole.Text);
        return y + QuestionGap;
    }

    /// <summary>Identifier, version and office on top of every page; page number at the foot; "continued" on all but the last.</summary>
    private void PageFurniture(PageParts page, int number, int total)
    {
        Line(page.Labels, Identifier(), HeaderLeft, 11, HeaderRight - HeaderLeft, 10, LabelStyle.Bold, false, LabelRole.Furniture);
        var office = measure.Wrap(header.OfficeName, 10, LabelStyle.Regular, HeaderRight - HeaderLeft);
        Line(page.Labels, office[0], HeaderLeft, 16, HeaderRight - HeaderLeft, 10, LabelStyle.Regular, false, LabelRole.Furniture);
        var foot = FormLayout.Identifier + " · " + FormWords.Get("Version", language, header.VersionNumber) + " · " + FormWords.Get("Page", language, number, total);
        Line(page.Labels, foot, 20, FormLayout.PageHeightMm - FormLayout.MarginMm - 5.5, 170, 10, LabelStyle.Regular, true, LabelRole.Furniture);
        if (number < total)
            Line(page.Labels, FormWords.Get("Continued", language) + " →", Left, ContentBottom + 3, Width, 10, LabelStyle.Italic, true, LabelRole.Furniture);
    }

    private string Identifier() => FormLayout.Identifier + " · " + FormWords.Get("Version", language, header.VersionNumber);

    private static void Place(PageParts page, Block b, double y)
    {
        page.Boxes.AddRange(b.Boxes.Select(x => x with { Rect = x.Rect.Down(y) }));
        page.Texts.AddRange(b.Texts.Select(x => x with { Rect = x.Rect.Down(y) }));
        page.Labels.AddRange(b.Labels.Select(x => x with { Rect = x.Rect.Down(y) }));
        page.Rules.AddRange(b.Rules.Select(x => x with { Y1 = x.Y1 + y, Y2 = x.Y2 + y }));
        page.Questions.AddRange(b.Questions.Select(x => x with { Area = x.Area.Down(y), Heading = x.Heading?.Down(y) }));
    }

    private Block QuestionBlock(Question q)
    {
        var b = new Block();
        var text = q.Number is null ? q.Text : q.Number + ". " + q.Text;
        double y = Paragraph(b.Labels, text, Left, 0, Width, TextPt, LabelStyle.Bold, LabelRole.Question);
        if (!string.IsNullOrWhiteSpace(q.Hint))
        {
            // As on the procedure's form: the hint follows a short question on its line ("1. Płeć: (Prosimy …)").
            var last = b.Labels[^1];
            double hintX = last.Rect.Right + 2.5;
            if (b.Labels.Count == 1 && hintX + measure.Width(q.Hint, TextPt, LabelStyle.Italic) <= Right)
                b.Labels.Add(new LayoutLabel(q.Hint, new MmRect(hintX, last.Rect.Y, measure.Width(q.Hint, TextPt, LabelStyle.Italic), last.Rect.H), TextPt, LabelStyle.Italic, false, LabelRole.Text, ++block));
            else
                y = Paragraph(b.Labels, q.Hint, Left, y, Width, TextPt, LabelStyle.Italic, LabelRole.Text);
        }
        y += 1;
        y = q.Kind switch
        {
            QuestionKind.SingleChoice or QuestionKind.MultipleChoice => Choices(b, q, y),
            QuestionKind.Rating => Table(b, q, y, q.Scale!.Values.Select(v => (v.ToString(System.Globalization.CultureInfo.InvariantCulture), v.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList()),
            QuestionKind.Matrix => Table(b, q, y, q.Options.Select(o => (o.Code, o.Text)).ToList()),
            QuestionKind.Text => WritingArea(b, PaperKeying.TextKey(q.Code), Left, y, Width, 3),
        };
        if (q.Comment is not null)
        {
            // The comment's label starts its first writing line ("inne uwagi – proszę podać jakie: ______").
            var labelEnd = Paragraph(b.Labels, q.Comment.Label, Left, y + 1 + WritingLineMm - Measure.LineMm(TextPt) - 1, Width / 2, TextPt, LabelStyle.Regular, LabelRole.Text);
            double x = b.Labels[^1].Rect.Right + 2;
            y = Math.Max(labelEnd, WritingArea(b, PaperKeying.TextKey(q.Code), x, y, Right - x, 2));
        }
        b.Height = y;
        return b;
    }

    /// <summary>
    /// A choice question's options: in one row when they fit (questions 1, 2, 6, 9 of the F1), else in two columns read
    /// row by row when each fits half the width (question 3), else one under another; the "other" option's lines follow.
    /// </summary>
    private double Choices(Block b, Question q, double y)
    {
        var needs = q.Options.Select(o => FormLayout.BoxMm + BoxTextGap + measure.Width(o.Text, TextPt, LabelStyle.Regular) + 5).ToList();
        var cells = new List<(double X, double W)>();
        int columns;
        if (needs.Count <= 6 && needs.Max() * needs.Count <= Width)
        {
            columns = needs.Count;
            for (int i = 0; i < columns; i++) cells.Add((Left + i * Width / columns, Width / columns));
        }
        else if (needs.Count <= 6 && needs.Sum() <= Width)
        {
            columns = needs.Count;
            double x = Left;
            foreach (var n in needs)
            {
                cells.Add((x, n));
                x += n;
            }
        }
        else if (needs.Max() <= Width / 2
            // Longer lists (the units of question 4) in two columns too, a long name over up to three lines.
            || (needs.Count >= 4 && q.Options.All(o => measure.Wrap(o.Text, TextPt, LabelStyle.Regular, Width / 2 - FormLayout.BoxMm - BoxTextGap - 2).Count <= (needs.Count >= 8 ? 3 : 2))))
        {
            columns = 2;
            cells.Add((Left, Width / 2));
            cells.Add((Left + Width / 2, Width / 2));
        }
        else
        {
            columns = 1;
            cells.Add((Left, Width));
        }

        double choicesTop = y;
        int firstBox = b.Boxes.Count, firstLabel = b.Labels.Count;
        for (int row = 0; row * columns < q.Options.Count; row++)
        {
            double rowHeight = RowMm;
            for (int c = 0; c < columns && row * columns + c < q.Options.Count; c++)
            {
                var option = q.Options[row * columns + c];
                var (x, w) = cells[c];
                b.Boxes.Add(new LayoutBox(BoxKey(q.Code, option.Code), new MmRect(x, y + BoxInset, FormLayout.BoxMm, FormLayout.BoxMm)));
                double textX = x + FormLayout.BoxMm + BoxTextGap;
                var lines = measure.Wrap(option.Text, TextPt, LabelStyle.Regular, w - FormLayout.BoxMm - BoxTextGap - 2);
                double lineH = Measure.LineMm(TextPt);
                double top = y + (RowMm - lineH) / 2;
                int id = ++block;
                foreach (var line in lines)
                {
                    b.Labels.Add(new LayoutLabel(line, new MmRect(textX, top, measure.Width(line, TextPt, LabelStyle.Regular), lineH), TextPt, LabelStyle.Regular, false, LabelRole.Text, id));
                    top += lineH;
                }
                rowHeight = Math.Max(rowHeight, top - y + (RowMm - lineH) / 2);
            }
            y += rowHeight;
        }
        double choicesRight = b.Boxes.Skip(firstBox).Select(x => x.Rect.Right).Concat(b.Labels.Skip(firstLabel).Select(l => l.Rect.Right)).Max();
        b.Questions.Add(new LayoutQuestion(q.Code, q.Kind == QuestionKind.SingleChoice, new MmRect(Left - 1, choicesTop, choicesRight + 1 - (Left - 1), y - choicesTop)));
        if (q.OtherOption is not null)
            y = WritingArea(b, PaperKeying.TextKey(q.Code), Left + FormLayout.BoxMm + BoxTextGap, y, Width - FormLayout.BoxMm - BoxTextGap, 1);
        return y;
    }

    /// <summary>
    /// A rating (question 8) or matrix question (question 10's 3 × 3 table): the items down the left, one column per scale
    /// value or option with its heading on top, a box in every cell, light rules between the rows.
    /// </summary>
    private double Table(Block b, Question q, double y, IReadOnlyList<(string Code, string Heading)> columns)
    {
        var headingStyle = q.Kind == QuestionKind.Rating ? LabelStyle.Bold : LabelStyle.Regular;
        // The items' column as wide as its longest item needs (within limits), the rest shared by the answer columns.
        double itemColumn = Math.Clamp(q.Items.Max(i => measure.Width(i.Text, TextPt, LabelStyle.Regular)) + 4, 50, ItemColumn);
        double columnW = Math.Min(36, (Width - itemColumn) / columns.Count);
        double x0 = Left + itemColumn;
        double lineH = Measure.LineMm(TextPt);
        double headerBottom = y;
        int id = ++block;
        for (int c = 0; c < columns.Count; c++)
        {
            double top = y;
            foreach (var line in measure.Wrap(columns[c].Heading, TextPt, headingStyle, columnW - 2))
            {
                b.Labels.Add(new LayoutLabel(line, new MmRect(x0 + c * columnW + 1, top, columnW - 2, lineH), TextPt, headingStyle, true, LabelRole.Text, id));
                top += lineH;
            }
            headerBottom = Math.Max(headerBottom, top);
        }
        double tableTop = y;
        y = headerBottom + 1;
        var heading = new MmRect(Left - 1, tableTop, x0 + columns.Count * columnW + 1 - (Left - 1), headerBottom + 0.5 - tableTop);
        foreach (var item in q.Items)
        {
            var lines = measure.Wrap(item.Text, TextPt, LabelStyle.Regular, itemColumn - 3);
            double rowHeight = Math.Max(RowMm + 0.6, lines.Count * lineH + 2.4);
            double top = y + (rowHeight - lines.Count * lineH) / 2;
            int itemBlock = ++block;
            foreach (var line in lines)
            {
                b.Labels.Add(new LayoutLabel(line, new MmRect(Left, top, measure.Width(line, TextPt, LabelStyle.Regular), lineH), TextPt, LabelStyle.Regular, false, LabelRole.Text, itemBlock));
                top += lineH;
            }
            for (int c = 0; c < columns.Count; c++)
            {
                double bx = x0 + c * columnW + (columnW - FormLayout.BoxMm) / 2;
                b.Boxes.Add(new LayoutBox(BoxKey(ResponseAnswers.ItemKey(q.Code, item.Code), columns[c].Code),
                    new MmRect(bx, y + (rowHeight - FormLayout.BoxMm) / 2, FormLayout.BoxMm, FormLayout.BoxMm)));
            }
            b.Questions.Add(new LayoutQuestion(ResponseAnswers.ItemKey(q.Code, item.Code), true,
                new MmRect(Left - 1, y, heading.W, rowHeight), heading));
            y += rowHeight;
            b.Rules.Add(new LayoutRule(Left, y, x0 + columns.Count * columnW, y, 0.2, true));
        }
        return y;
    }

    /// <summary>Ruled lines to write on; the area is what a reader crops.</summary>
    private static double WritingArea(Block b, string key, double x, double y, double w, int lines)
    {
        double top = y + 1;
        var rect = new MmRect(x, top, w, lines * WritingLineMm);
        b.Texts.Add(new LayoutTextArea(key, rect, lines));
        for (int i = 1; i <= lines; i++)
            b.Rules.Add(new LayoutRule(x, top + i * WritingLineMm - 0.5, x + w, top + i * WritingLineMm - 0.5, 0.25, false));
        return rect.Bottom + 1;
    }

    private Block ClosingBlock()
    {
        var b = new Block();
        b.Height = Paragraph(b.Labels, definition.ThankYou.ToUpper(System.Globalization.CultureInfo.GetCultureInfo(language)), Left, 0, Width, 12, LabelStyle.Bold, LabelRole.Text, centered: true);
        return b;
    }

    /// <summary>The stored-answers form of one answer, written by its one writer: <c>plec=kobieta</c>, <c>oceny.uprzejmosc=5</c>.</summary>
    private static string BoxKey(string key, string value) =>
        StoredChoices.Encode(new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { [key] = [value] });

    private double Paragraph(List<LayoutLabel> labels, string text, double x, double y, double w, double size, LabelStyle style, LabelRole role, bool centered = false)
    {
        int id = ++block;
        double lineH = Measure.LineMm(size);
        foreach (var line in measure.Wrap(text, size, style, w))
        {
            labels.Add(new LayoutLabel(line, new MmRect(x, y, centered ? w : measure.Width(line, size, style), lineH), size, style, centered, role, id));
            y += lineH;
        }
        return y;
    }

    private void Line(List<LayoutLabel> labels, string text, double x, double y, double w, double size, LabelStyle style, bool centered, LabelRole role) =>
        labels.Add(new LayoutLabel(text, new MmRect(x, y, centered ? w : measure.Width(text, size, style), Measure.LineMm(size)), size, style, centered, role, ++block));
}

/// <summary>Text widths in the embedded DejaVu Sans, in millimetres, and greedy line breaking.</summary>
internal sealed class Measure
{
    public const double PtToMm = 25.4 / 72;
    private readonly XGraphics graphics;
    private readonly Dictionary<(double, LabelStyle), XFont> fonts = [];

    public Measure()
    {
        DocumentFontResolver.EnsureRegistered();
        graphics = XGraphics.CreateMeasureContext(new XSize(595, 842), XGraphicsUnit.Point, XPageDirection.Downwards);
    }

    public static double LineMm(double sizePt) => sizePt * PtToMm * 1.18;

    public static XFont Font(double sizePt, LabelStyle style) => new(DocumentFontResolver.Family, sizePt, style switch
    {
        LabelStyle.Bold => XFontStyleEx.Bold,
        LabelStyle.Italic => XFontStyleEx.Italic,
        _ => XFontStyleEx.Regular,
    });

    public double Width(string text, double sizePt, LabelStyle style)
    {
        if (!fonts.TryGetValue((sizePt, style), out var font)) fonts[(sizePt, style)] = font = Font(sizePt, style);
        return graphics.MeasureString(text, font).Width * PtToMm;
    }

    public List<string> Wrap(string text, double sizePt, LabelStyle style, double widthMm)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (Width(candidate, sizePt, style) <= widthMm || line.Length == 0 && Width(word, sizePt, style) <= widthMm)
            {
                line = candidate;
                continue;
            }
            if (line.Length > 0) lines.Add(line);
            line = word;
            // A word longer than the line (a long URL) is cut where it must be.
            while (Width(line, sizePt, style) > widthMm && line.Length > 1)
            {
                int cut = line.Length - 1;
                while (cut > 1 && Width(line[..cut], sizePt, style) > widthMm) cut--;
                lines.Add(line[..cut]);
                line = line[cut..];
            }
        }
        if (line.Length > 0 || lines.Count == 0) lines.Add(line);
        return lines;
    }
}
