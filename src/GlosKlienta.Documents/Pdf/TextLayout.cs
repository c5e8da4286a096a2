using PdfSharp.Drawing;

namespace GlosKlienta.Documents.Pdf;

/// <summary>A word in a font; <see cref="SpaceAfter"/> says a space follows it in the source text.</summary>
internal readonly record struct Piece(string Text, XFont Font, double Width, bool SpaceAfter);

internal sealed class TextLine
{
    public List<Piece> Pieces { get; } = [];
    public double Width { get; set; }
    /// <summary>The paragraph's last line or one ended by a line break: never justified.</summary>
    public bool Last { get; set; }
}

/// <summary>Measures with PDFsharp (cached per font and word) and breaks runs into lines greedily.</summary>
internal sealed class TextLayout(Func<XGraphics> graphics)
{
    private readonly Dictionary<XFont, Dictionary<string, double>> widths = [];

    public double Measure(string text, XFont font)
    {
        if (!widths.TryGetValue(font, out var cache))
            widths[font] = cache = new Dictionary<string, double>(StringComparer.Ordinal);
        if (!cache.TryGetValue(text, out var w))
        {
            w = text.Length == 0 ? 0 : graphics().MeasureString(text, font).Width;
            if (cache.Count < 50_000) cache[text] = w;
        }
        return w;
    }

    public double SpaceWidth(XFont font) => Measure("n n", font) - Measure("nn", font);

    public List<TextLine> Break(IEnumerable<(string Text, XFont Font)> runs, double maxWidth)
    {
        var lines = new List<TextLine>();
        var line = new TextLine();
        var word = new System.Text.StringBuilder();
        XFont? wordFont = null;

        void EndWord(bool spaceAfter, XFont font)
        {
            if (word.Length == 0)
            {
                if (spaceAfter && line.Pieces.Count > 0 && !line.Pieces[^1].SpaceAfter)
                {
                    var last = line.Pieces[^1];
                    line.Pieces[^1] = last with { SpaceAfter = true };
                }
                return;
            }
            var text = word.ToString();
            word.Clear();
            var f = wordFont ?? font;
            double w = Measure(text, f);
            if (w > maxWidth)
            {
                foreach (var chunk in SplitLong(text, f, maxWidth))
                    Place(new Piece(chunk, f, Measure(chunk, f), false));
                if (spaceAfter) line.Pieces[^1] = line.Pieces[^1] with { SpaceAfter = true };
                return;
            }
            Place(new Piece(text, f, w, spaceAfter));
        }

        void Place(Piece p)
        {
            double gap = line.Pieces.Count > 0 && line.Pieces[^1].SpaceAfter ? SpaceWidth(line.Pieces[^1].Font) : 0;
            if (line.Pieces.Count > 0 && line.Width + gap + p.Width > maxWidth + 0.01)
            {
                lines.Add(line);
                line = new TextLine();
                gap = 0;
            }
            line.Pieces.Add(p);
            line.Width += gap + p.Width;
        }

        foreach (var (text, font) in runs)
        {
            if (wordFont is not null && !ReferenceEquals(wordFont, font) && word.Length > 0)
                EndWord(false, wordFont);
            wordFont = font;
            foreach (char ch in text)
            {
                if (ch == '\r') continue;
                if (ch == '\n')
                {
                    EndWord(false, font);
                    line.Last = true;
                    lines.Add(line);
                    line = new TextLine();
                }
                else if (ch == ' ' || ch == '\t') EndWord(true, font);
                else word.Append(ch);
            }
        }
        if (word.Length > 0) EndWord(false, wordFont!);
        line.Last = true;
        lines.Add(line);
        return lines;
    }

    private IEnumerable<string> SplitLong(string text, XFont font, double maxWidth)
    {
        int start = 0;
        while (start < text.Length)
        {
            int len = 1;
            while (start + len < text.Length && Measure(text.Substring(start, len + 1), font) <= maxWidth) len++;
            yield return text.Substring(start, len);
            start += len;
        }
    }
}
