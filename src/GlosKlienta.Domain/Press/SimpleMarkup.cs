namespace GlosKlienta.Domain.Press;

public enum MarkupBlockKind
{
    Paragraph,
    Heading,
    /// <summary>A heading one level below <see cref="Heading"/>.</summary>
    Subheading,
    List,
}

/// <summary>One block of a text: a paragraph, a heading (its one line) or a bulleted list (its items).</summary>
public sealed record MarkupBlock(MarkupBlockKind Kind, IReadOnlyList<string> Lines);

/// <summary>
/// The markup of press releases and information materials, small enough to explain in one hint:
/// paragraphs are separated by an empty line, a line starting with "## " is a heading ("### " one
/// level below), lines
/// starting with "- " are a bulleted list. Everything else is text; nothing is ever taken as HTML
/// (the page encodes every line), so a release cannot carry a script or a tracker.
/// </summary>
public static class SimpleMarkup
{
    public static IReadOnlyList<MarkupBlock> Parse(string? text)
    {
        var blocks = new List<MarkupBlock>();
        var paragraph = new List<string>();
        var list = new List<string>();

        void Flush()
        {
            if (paragraph.Count > 0) blocks.Add(new MarkupBlock(MarkupBlockKind.Paragraph, paragraph.ToList()));
            if (list.Count > 0) blocks.Add(new MarkupBlock(MarkupBlockKind.List, list.ToList()));
            paragraph.Clear();
            list.Clear();
        }

        foreach (var raw in Normalize(text).Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                Flush();
            }
            else if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                Flush();
                blocks.Add(new MarkupBlock(MarkupBlockKind.Subheading, [line[4..].Trim()]));
            }
            else if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                Flush();
                blocks.Add(new MarkupBlock(MarkupBlockKind.Heading, [line[3..].Trim()]));
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                if (paragraph.Count > 0)
                {
                    blocks.Add(new MarkupBlock(MarkupBlockKind.Paragraph, paragraph.ToList()));
                    paragraph.Clear();
                }
                list.Add(line[2..].Trim());
            }
            else
            {
                if (list.Count > 0)
                {
                    blocks.Add(new MarkupBlock(MarkupBlockKind.List, list.ToList()));
                    list.Clear();
                }
                paragraph.Add(line);
            }
        }
        Flush();
        return blocks;
    }

    /// <summary>Line ends as "\n", no trailing spaces on lines, no empty lines at either end: what is stored and hashed.</summary>
    public static string Normalize(string? text) =>
        string.Join('\n', (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            .Split('\n').Select(l => l.TrimEnd())).Trim('\n');

    /// <summary>The text without markup, for summaries and search: headings and items become sentences.</summary>
    public static string PlainText(string? text) =>
        string.Join(" ", Parse(text).SelectMany(b => b.Lines));

    /// <summary>The first <paramref name="max"/> characters of the plain text, cut at a word, with an ellipsis when cut.</summary>
    public static string Summary(string? text, int max = 280)
    {
        var plain = PlainText(text);
        if (plain.Length <= max) return plain;
        var cut = plain.LastIndexOf(' ', max);
        return plain[..(cut > max / 2 ? cut : max)].TrimEnd(',', ';', ':', ' ') + "…";
    }
}
