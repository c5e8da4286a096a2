using System.Diagnostics;
using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace GlosKlienta.Documents.Tests;

/// <summary>
/// Reads a PDF back and checks what a tagged PDF (PDF/UA) needs: marked, a structure tree of standard
/// roles under a Document, the language and title (shown as the window title, and in XMP metadata that
/// declares PDF/UA-1), tab order by structure,
/// every figure with alternative text, every table with header cells, rows of cells, and a parent tree
/// that agrees with the tree. With poppler (pdfinfo, pdftotext) it also checks the reading order: the
/// text of the structure, in structure order, is the text a reader extracts from the page, in order.
/// Shared with the web tests, which run it over every PDF the site serves.
/// </summary>
public static class TaggedPdf
{
    /// <summary>A structure element: its role, alternative text, children and marked content (page index, MCID).</summary>
    public sealed record Node(string Role, string? Alt, List<Node> Kids, List<(int Page, int Mcid)> Content)
    {
        public IEnumerable<Node> Descendants() => Kids.SelectMany(k => k.Descendants().Prepend(k));
    }

    public sealed record Report(Node Root, string Language, string Title)
    {
        public IReadOnlyList<string> Roles => Root.Descendants().Select(n => n.Role).ToList();
    }

    private static readonly HashSet<string> StandardRoles =
    [
        "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index", "NonStruct", "Private",
        "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "THead", "TBody", "TFoot",
        "Span", "Quote", "Note", "Reference", "BibEntry", "Code", "Link", "Annot", "Ruby", "RB", "RT", "RP", "Warichu", "WT", "WP",
        "Figure", "Formula", "Form",
    ];

    /// <summary>Asserts every structural requirement and returns the tree for further checks.</summary>
    public static Report Check(byte[] bytes)
    {
        using var pdf = PdfReader.Open(new MemoryStream(bytes, false), PdfDocumentOpenMode.Import);
        var catalog = pdf.Internals.Catalog;

        var markInfo = catalog.Elements.GetDictionary("/MarkInfo");
        Assert.True(markInfo is not null && markInfo.Elements.GetBoolean("/Marked"), "MarkInfo /Marked is not true.");
        var language = catalog.Elements.GetString("/Lang");
        Assert.False(string.IsNullOrWhiteSpace(language), "The document language (/Lang) is not set.");
        Assert.False(string.IsNullOrWhiteSpace(pdf.Info.Title), "The document title is not set.");
        // The XMP metadata declares PDF/UA-1 and carries the title (it must parse as XML).
        var metadata = catalog.Elements.GetDictionary("/Metadata");
        Assert.NotNull(metadata?.Stream);
        var xmp = System.Xml.Linq.XDocument.Parse(Encoding.UTF8.GetString(metadata.Stream.UnfilteredValue).TrimStart('\uFEFF'));
        System.Xml.Linq.XNamespace ua = "http://www.aiim.org/pdfua/ns/id/", dc = "http://purl.org/dc/elements/1.1/";
        Assert.Equal("1", xmp.Descendants(ua + "part").SingleOrDefault()?.Value);
        Assert.Equal(pdf.Info.Title, xmp.Descendants(dc + "title").SingleOrDefault()?.Value);
        var viewer = catalog.Elements.GetDictionary("/ViewerPreferences");
        Assert.True(viewer is not null && viewer.Elements.GetBoolean("/DisplayDocTitle"), "DisplayDocTitle is not true.");

        var pageIndex = new Dictionary<PdfDictionary, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < pdf.PageCount; i++)
        {
            pageIndex[pdf.Pages[i]] = i;
            Assert.Equal("/S", pdf.Pages[i].Elements.GetName("/Tabs"));
        }

        // Marked content nests with text objects and saved graphics states on every page (BDC BT ET EMC, never BT BDC ET EMC).
        for (int i = 0; i < pdf.PageCount; i++)
        {
            var stack = new List<string>();
            foreach (var op in PdfSharp.Pdf.Content.ContentReader.ReadContent(pdf.Pages[i]).OfType<PdfSharp.Pdf.Content.Objects.COperator>())
            {
                string name = op.Name;
                if (name is "BT" or "q" or "BDC" or "BMC") stack.Add(name is "BDC" or "BMC" ? "MC" : name);
                else if (name is "ET" or "Q" or "EMC")
                {
                    string opens = name switch { "ET" => "BT", "Q" => "q", _ => "MC" };
                    Assert.True(stack.Count > 0 && stack[^1] == opens, $"Page {i + 1}: {name} closes {(stack.Count > 0 ? stack[^1] : "nothing")} (marked content and BT/ET or q/Q overlap).");
                    stack.RemoveAt(stack.Count - 1);
                }
            }
            Assert.DoesNotContain("MC", stack);
        }

        var treeRoot = catalog.Elements.GetDictionary("/StructTreeRoot");
        Assert.NotNull(treeRoot);
        var elements = new Dictionary<PdfDictionary, Node>(ReferenceEqualityComparer.Instance);
        var top = Kids(treeRoot.Elements["/K"]).OfType<PdfDictionary>().ToList();
        var document = Assert.Single(top);
        var root = Walk(document, null, pageIndex, elements);
        Assert.Equal("Document", root.Role);

        foreach (var n in root.Descendants().Prepend(root))
            Assert.True(StandardRoles.Contains(n.Role), $"Role {n.Role} is not a standard structure type.");
        foreach (var figure in root.Descendants().Where(n => n.Role == "Figure"))
            Assert.False(string.IsNullOrWhiteSpace(figure.Alt), "A figure has no alternative text.");
        foreach (var table in root.Descendants().Where(n => n.Role == "Table"))
        {
            Assert.Contains(table.Descendants(), n => n.Role == "TH");
            var rows = table.Descendants().Where(n => n.Role == "TR").ToList();
            Assert.NotEmpty(rows);
            Assert.All(rows, r => Assert.All(r.Kids, c => Assert.Contains(c.Role, (string[])["TH", "TD"])));
            // A row split over two pages stays one row: every row has as many cells as the first.
            Assert.All(rows, r => Assert.Equal(rows[0].Kids.Count, r.Kids.Count));
            Assert.All(table.Kids, k => Assert.Contains(k.Role, (string[])["Caption", "THead", "TBody", "TFoot", "TR"]));
            foreach (var head in table.Kids.Where(k => k.Role == "THead"))
                Assert.All(head.Descendants().Where(n => n.Role is "TD" or "TH"), c => Assert.Equal("TH", c.Role));
        }
        foreach (var list in root.Descendants().Where(n => n.Role == "L"))
            Assert.All(list.Kids, li =>
            {
                Assert.Equal("LI", li.Role);
                Assert.Equal(["Lbl", "LBody"], li.Kids.Select(k => k.Role));
            });
        // Text is never directly under a grouping element: it sits in a block-level element.
        foreach (var n in root.Descendants().Where(n => n.Role is "Document" or "Part" or "Sect" or "Div" or "Caption" or "THead" or "TBody" or "TR" or "Table" or "L" or "LI"))
            Assert.Empty(n.Content);

        // The parent tree maps every marked content back to the element that holds it.
        var byContent = new Dictionary<(int, int), Node>();
        foreach (var n in root.Descendants())
            foreach (var c in n.Content)
                Assert.True(byContent.TryAdd(c, n), $"Marked content {c} belongs to two elements.");
        var nums = new List<PdfItem>();
        CollectNums(Resolve(treeRoot.Elements["/ParentTree"]) as PdfDictionary, nums);
        for (int i = 0; i < pdf.PageCount; i++)
        {
            var page = pdf.Pages[i];
            if (!page.Elements.ContainsKey("/StructParents")) continue;
            int key = page.Elements.GetInteger("/StructParents");
            PdfArray? parents = null;
            for (int k = 0; k + 1 < nums.Count; k += 2)
                if (Resolve(nums[k]) is PdfInteger n && n.Value == key) parents = Resolve(nums[k + 1]) as PdfArray;
            Assert.NotNull(parents);
            for (int mcid = 0; mcid < parents.Elements.Count; mcid++)
            {
                var parent = Resolve(parents.Elements[mcid]) as PdfDictionary;
                Assert.NotNull(parent);
                Assert.True(byContent.TryGetValue((i, mcid), out var holder), $"Page {i + 1} MCID {mcid} is in no element.");
                Assert.Same(elements[parent], holder);
            }
        }
        Assert.All(byContent.Keys, c => Assert.True(pdf.Pages[c.Item1].Elements.ContainsKey("/StructParents")));
        return new Report(root, language, pdf.Info.Title);
    }

    private static Node Walk(PdfDictionary element, PdfDictionary? page, Dictionary<PdfDictionary, int> pages, Dictionary<PdfDictionary, Node> elements)
    {
        var role = element.Elements.GetName("/S").TrimStart('/');
        var ownPage = Resolve(element.Elements["/Pg"]) as PdfDictionary ?? page;
        var node = new Node(role, element.Elements.ContainsKey("/Alt") ? element.Elements.GetString("/Alt") : null, [], []);
        elements[element] = node;
        foreach (var kid in Kids(element.Elements["/K"]))
        {
            switch (kid)
            {
                case PdfInteger mcid:
                    Assert.NotNull(ownPage);
                    node.Content.Add((pages[ownPage], mcid.Value));
                    break;
                case PdfDictionary d when d.Elements.GetName("/Type") == "/MCR":
                    var mcrPage = Resolve(d.Elements["/Pg"]) as PdfDictionary ?? ownPage;
                    Assert.NotNull(mcrPage);
                    node.Content.Add((pages[mcrPage], d.Elements.GetInteger("/MCID")));
                    break;
                case PdfDictionary d when d.Elements.GetName("/Type") == "/OBJR":
                    break;
                case PdfDictionary d:
                    Assert.Same(element, Resolve(d.Elements["/P"]));
                    node.Kids.Add(Walk(d, ownPage, pages, elements));
                    break;
            }
        }
        return node;
    }

    private static PdfItem? Resolve(PdfItem? item) => item is PdfReference r ? r.Value : item;

    private static IEnumerable<PdfItem> Kids(PdfItem? k) => Resolve(k) switch
    {
        null => [],
        PdfArray a => a.Elements.Select(e => Resolve(e)!).Where(e => e is not null),
        var single => [single],
    };

    private static void CollectNums(PdfDictionary? node, List<PdfItem> into)
    {
        if (node is null) return;
        if (Resolve(node.Elements["/Nums"]) is PdfArray nums) into.AddRange(nums.Elements);
        if (Resolve(node.Elements["/Kids"]) is PdfArray kids)
            foreach (var k in kids.Elements) CollectNums(Resolve(k) as PdfDictionary, into);
    }

    /// <summary>Why the reading-order check cannot run here, or null (poppler's pdfinfo and pdftotext are installed).</summary>
    public static string? PopplerMissing =>
        File.Exists("/usr/bin/pdfinfo") && File.Exists("/usr/bin/pdftotext") ? null : "poppler-utils (pdfinfo, pdftotext) is not installed";

    /// <summary>
    /// The text of each block-level element with content, in structure order (poppler's reading of the
    /// tree), with the table row it is in (0: none); a figure counts as its alternative text, so the words
    /// drawn inside a chart are not listed.
    /// </summary>
    public static List<(string Role, string Text, int Row)> StructureText(byte[] pdf)
    {
        var output = Run("pdfinfo", "-struct-text", pdf);
        var items = new List<(string, string, int)>();
        var stack = new List<(int Indent, string Role, int Row)>();
        int rows = 0;
        foreach (var raw in output.Split('\n'))
        {
            if (raw.Trim().Length == 0) continue;
            int indent = raw.Length - raw.TrimStart().Length;
            var line = raw.Trim();
            while (stack.Count > 0 && stack[^1].Indent >= indent) stack.RemoveAt(stack.Count - 1);
            if (line.StartsWith('"'))
            {
                if (stack.Any(s => s.Role == "Figure")) continue;
                items.Add((stack.Count > 0 ? stack[^1].Role : "", line[1..^1], stack.Count > 0 ? stack[^1].Row : 0));
            }
            else if (!line.StartsWith('/'))
            {
                var role = line.Split([' ', ':'], 2)[0];
                stack.Add((indent, role, role == "TR" ? ++rows : stack.Count > 0 ? stack[^1].Row : 0));
            }
        }
        return items;
    }

    /// <summary>
    /// Asserts that the text of the structure, element by element in structure order, is found in the
    /// page text as pdftotext extracts it (raw, content-stream order), in the same order: what a screen
    /// reader reads and what copying the text gives agree. Within a table row the cells are found after
    /// the row's start in any order: a row split over a page break draws the first part of every cell,
    /// then the rest, while the structure keeps each cell whole; the next row starts after all of them.
    /// </summary>
    public static void AssertReadingOrder(byte[] pdf)
    {
        var extracted = Squeeze(Run("pdftotext", "-raw -enc UTF-8", pdf, "-"));
        int at = 0, rowStart = 0, row = 0;
        foreach (var (role, text, inRow) in StructureText(pdf))
        {
            var wanted = Squeeze(text);
            if (wanted.Length == 0) continue;
            if (inRow == 0 || inRow != row)
            {
                rowStart = at;
                row = inRow;
            }
            int from = inRow == 0 ? at : rowStart;
            int found = extracted.IndexOf(wanted, from, StringComparison.Ordinal);
            Assert.True(found >= 0, $"{role} \"{text}\" is not found in the extracted text after position {from} (structure order differs from reading order).");
            at = Math.Max(at, found + wanted.Length);
        }
    }

    private static string Squeeze(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s)
            if (!char.IsWhiteSpace(ch) && ch != '\u00AD') sb.Append(ch);
        return sb.ToString();
    }

    private static string Run(string tool, string args, byte[] pdf, string? outArg = null)
    {
        var file = Path.Combine(Path.GetTempPath(), "tagged-" + Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var psi = new ProcessStartInfo("/usr/bin/" + tool, args + " " + file + (outArg is null ? "" : " " + outArg))
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
            };
            using var p = Process.Start(psi)!;
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            p.WaitForExit();
            Assert.True(p.ExitCode == 0, $"{tool} failed: {stderr.Result}");
            return stdout.Result;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
