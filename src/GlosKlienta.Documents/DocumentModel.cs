using System.Text.Json.Serialization;

namespace GlosKlienta.Documents;

// One document model for every printed or downloaded text of the system: the F2 protocol, letters
// of the complaints register, notice boards and door signs. Builders in the web project produce a
// Document; renderers turn the same Document into HTML, PDF, ODT and DOCX. Renderers are
// deterministic: the same Document (with its CreatedAt) gives the same bytes, so a frozen record
// can be re-rendered or compared.

public enum PaperSize { A4, A3, A5 }

public enum PageOrientation { Portrait, Landscape }

public enum TextAlign { Left, Center, Right, Justify }

/// <summary>Paper, orientation and margins; <see cref="BaseFontSizePt"/> scales all text (boards and door signs use large type).</summary>
public sealed record PageSetup(
    PaperSize Size = PaperSize.A4,
    PageOrientation Orientation = PageOrientation.Portrait,
    double MarginMm = 20,
    double BaseFontSizePt = 11,
    bool PageNumbers = true)
{
    /// <summary>A poster (board, door sign): fit it to the sheet. Null for documents that simply run on.</summary>
    public PageFit? Fit { get; init; }
}

/// <summary>
/// How a poster fits its sheet, in this order: the type (every size, images and spacing with it)
/// shrinks in steps down to <see cref="MinScale"/>; then the blocks after the first
/// <see cref="SpanningBlocks"/> flow in two columns, again with the largest type that fits; only then
/// does it run on to further sheets (as few as the floor size in two columns needs, with the largest
/// type that still needs no more), each topped by <see cref="ContinuedTop"/> and each but the last
/// ending with <see cref="ContinuedBottom"/>. A document that fits is drawn exactly as without a fit.
/// The PDF renderer lays it out; ODT and DOCX, which reflow on their own, take the chosen type size.
/// </summary>
public sealed record PageFit
{
    /// <summary>The floor: the smallest share of the designed sizes the type may shrink to.</summary>
    public double MinScale { get; init; } = 0.7;
    /// <summary>No text shrinks below this size (text designed smaller keeps its size).</summary>
    public double MinSizePt { get; init; } = 10;
    /// <summary>How many leading blocks (the poster's title) span the sheet when the rest flows in columns.</summary>
    public int SpanningBlocks { get; init; } = 1;
    /// <summary>Printed at the top of every sheet after the first.</summary>
    public string ContinuedTop { get; init; } = "ciąg dalszy";
    /// <summary>Printed at the foot of every sheet that has one after it.</summary>
    public string ContinuedBottom { get; init; } = "ciąg dalszy na następnym arkuszu";
    /// <summary>Centre what fits on one sheet between the top and bottom margins (door signs).</summary>
    public bool CenterVertically { get; init; }
}

/// <summary>A whole document. <see cref="Language"/> is a BCP 47 tag ("pl").</summary>
public sealed record Document(string Title, IReadOnlyList<Block> Blocks)
{
    public PageSetup Page { get; init; } = new();
    public string Language { get; init; } = "pl";
    public string? Author { get; init; }
    public string? Subject { get; init; }
    /// <summary>Written into the files' metadata; fixed by the builder so that rendering is repeatable.</summary>
    public DateTimeOffset CreatedAt { get; init; } = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    /// <summary>A line printed at the foot of every page (e.g. "P/7/5 F2, wersja 3"), besides the page number.</summary>
    public string? Footer { get; init; }
}

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(Heading), "heading")]
[JsonDerivedType(typeof(Paragraph), "paragraph")]
[JsonDerivedType(typeof(BulletList), "list")]
[JsonDerivedType(typeof(Table), "table")]
[JsonDerivedType(typeof(Chart), "chart")]
[JsonDerivedType(typeof(Image), "image")]
[JsonDerivedType(typeof(FieldToComplete), "field")]
[JsonDerivedType(typeof(SignatureLines), "signatures")]
[JsonDerivedType(typeof(Spacer), "spacer")]
[JsonDerivedType(typeof(PageBreak), "pagebreak")]
public abstract record Block;

/// <summary>Level 1 is the document's main heading; 2 and 3 are sections. <see cref="SizePt"/> overrides the size (boards).</summary>
public sealed record Heading(int Level, string Text) : Block
{
    public double? SizePt { get; init; }
    public TextAlign Align { get; init; } = TextAlign.Left;
}

/// <summary>A run of text with optional emphasis.</summary>
public sealed record Run(string Text, bool Bold = false, bool Italic = false);

/// <summary>A paragraph of runs. Line breaks inside a run ("\n") are kept as line breaks.</summary>
public sealed record Paragraph(IReadOnlyList<Run> Runs) : Block
{
    public Paragraph(string text, bool bold = false) : this([new Run(text, bold)]) { }
    public TextAlign Align { get; init; } = TextAlign.Left;
    public double? SizePt { get; init; }
    /// <summary>Space after the paragraph in points.</summary>
    public double SpaceAfterPt { get; init; } = 6;
    /// <summary>Never ends a page or column: stays with the paragraph after it (a post's name with its holders on a door sign).</summary>
    public bool KeepWithNext { get; init; }
}

public sealed record BulletList(IReadOnlyList<string> Items, bool Numbered = false) : Block;

public enum ColumnAlign { Left, Center, Right }

/// <summary>
/// A table with a header row. <see cref="RelativeWidths"/> (one per column) share the text width;
/// null gives equal columns. Long tables break across pages with the header repeated.
/// </summary>
public sealed record Table(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) : Block
{
    public string? Caption { get; init; }
    public IReadOnlyList<ColumnAlign>? Align { get; init; }
    public IReadOnlyList<double>? RelativeWidths { get; init; }
    /// <summary>Large-type tables on boards; null means the document's base size.</summary>
    public double? SizePt { get; init; }
    /// <summary>False for a key/value table with no visible header row (Header is then ignored).</summary>
    public bool ShowHeader { get; init; } = true;
}

public enum ChartKind
{
    /// <summary>Vertical bars, one group per category, one bar per bar series.</summary>
    Bars,
    /// <summary>Horizontal bars (long category names: units, difficulties, Pareto).</summary>
    HorizontalBars,
    /// <summary>Lines over categories (months, periods): trends and p-charts.</summary>
    Lines,
}

public enum SeriesStyle
{
    /// <summary>Bars (in a Bars or HorizontalBars chart).</summary>
    Bars,
    /// <summary>A solid line with markers: the measured value.</summary>
    Line,
    /// <summary>A dashed line without markers: centre line or control limits.</summary>
    Dashed,
    /// <summary>Markers only.</summary>
    Points,
}

/// <summary>One series; values align with <see cref="Chart.Categories"/>; null is a gap.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values, SeriesStyle Style = SeriesStyle.Bars);

/// <summary>
/// A chart that renders readable without colour (patterns, markers, dash styles and direct value
/// labels) and always carries its text alternative. Renderers put the numbers as a table next to
/// the chart when <see cref="DataTable"/> is true.
/// </summary>
public sealed record Chart(
    ChartKind Kind,
    string Title,
    string Description,
    IReadOnlyList<string> Categories,
    IReadOnlyList<ChartSeries> Series) : Block
{
    /// <summary>Axis label of the values, e.g. "% odpowiedzi".</summary>
    public string? ValueAxisLabel { get; init; }
    public double? Min { get; init; }
    public double? Max { get; init; }
    /// <summary>Values are fractions 0-1 shown as percent.</summary>
    public bool Percent { get; init; }
    /// <summary>Format of value labels, e.g. "0.0" (ignored when Percent: "0%").</summary>
    public string ValueFormat { get; init; } = "0.##";
    public bool DataTable { get; init; } = true;
}

/// <summary>A raster image (PNG or JPEG bytes), e.g. a QR code; <see cref="WidthMm"/> on paper.</summary>
public sealed record Image(byte[] Data, string MediaType, string AltText, double WidthMm) : Block
{
    public TextAlign Align { get; init; } = TextAlign.Left;
    /// <summary>A caption shown under the image (e.g. the page address for a QR code).</summary>
    public string? Caption { get; init; }
}

/// <summary>A labelled field a person completes: filled with <see cref="Value"/> when known, else empty lines to write on.</summary>
public sealed record FieldToComplete(string Label, string? Value = null, int Lines = 3) : Block;

/// <summary>Signature places side by side, each with a label under the line ("podpis przyjmującego").</summary>
public sealed record SignatureLines(IReadOnlyList<string> Labels) : Block;

public sealed record Spacer(double HeightMm) : Block;

public sealed record PageBreak : Block;
