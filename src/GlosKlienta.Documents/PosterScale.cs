namespace GlosKlienta.Documents;

/// <summary>
/// A poster's type scaled for its fit (<see cref="PageFit"/>): every size, image width, spacer and
/// space after a paragraph times the scale, no text below <see cref="PageFit.MinSizePt"/> unless it
/// was designed smaller. One transformation, so that PDF, ODT and DOCX print the same sizes.
/// </summary>
internal static class PosterScale
{
    public static Document Apply(Document doc, double scale)
    {
        if (doc.Page.Fit is not { } fit || scale >= 1) return doc;
        double Size(double pt) => Math.Round(Math.Max(pt * scale, Math.Min(pt, fit.MinSizePt)), 2);
        double? Optional(double? pt) => pt is double v ? Size(v) : null;
        var blocks = doc.Blocks.Select(b => b switch
        {
            Heading h => h with { SizePt = Optional(h.SizePt) },
            Paragraph p => p with { SizePt = Optional(p.SizePt), SpaceAfterPt = p.SpaceAfterPt * scale },
            Table t => t with { SizePt = Optional(t.SizePt) },
            Image i => i with { WidthMm = i.WidthMm * scale },
            Spacer s => new Spacer(s.HeightMm * scale),
            _ => b,
        }).ToList();
        return doc with { Blocks = blocks, Page = doc.Page with { BaseFontSizePt = Size(doc.Page.BaseFontSizePt) } };
    }
}
