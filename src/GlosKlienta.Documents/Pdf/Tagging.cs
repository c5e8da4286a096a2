using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.Structure;
using PdfSharp.UniversalAccessibility;

namespace GlosKlienta.Documents.Pdf;

/// <summary>
/// The structure tree of a tagged PDF (PDF/UA), over PDFsharp's <see cref="StructureBuilder"/>: headings,
/// paragraphs, lists, tables and figures become structure elements in the order they are drawn, and
/// whatever only decorates (page numbers, footers, rules, cell borders, repeated table headers,
/// "ciąg dalszy") is an artifact. Drawing while no content element or artifact is open is a bug
/// (the content would be neither read nor marked as decoration) and throws.
/// </summary>
/// <remarks>
/// Marked-content sequences must nest with text objects (BT/ET) and saved graphics states (q/Q). PDFsharp
/// opens a sequence at the first drawing inside an element and closes it at the next Begin or End; this
/// class leaves text mode before every Begin and, before a sequence closes, puts the stream back into the
/// mode the sequence began in, so BDC … BT … ET … EMC nest. The one sequence PDFsharp opens inside a text
/// object of its own is a page's first (MCID 0): it nests as long as that element draws only text, which
/// headings, paragraphs, list items and cells do; a chart that starts a page is the case left over.
/// </remarks>
internal sealed class Tagging
{
    private enum Kind { Group, Content, Artifact }

    private readonly StructureBuilder sb;
    private readonly Func<XGraphics> graphics;
    private readonly Stack<(Kind Kind, bool TextMode)> open = new();
    // The text mode in which the open marked-content sequence of the innermost content element began; null: none is open.
    private bool? sequenceMode;

    public Tagging(PdfDocument pdf, string language, Func<XGraphics> graphics)
    {
        this.graphics = graphics;
        var ua = UAManager.ForDocument(pdf);
        ua.SetDocumentLanguage(language);
        sb = ua.StructureBuilder;
        // UAManager subscribed first, so its marked-content sequence (if any) is open when this runs.
        pdf.Events.PageGraphicsAction += (_, _) =>
        {
            if (open.Count == 0 || open.Peek().Kind == Kind.Group)
                throw new InvalidOperationException("Drawing outside any tagged element or artifact.");
            if (open.Peek().Kind == Kind.Content && sequenceMode is null)
                sequenceMode = PdfRendererExtensions.IsInTextMode(graphics());
        };
    }

    public void Begin(PdfBlockLevelElementTag tag)
    {
        CloseSequence();
        SetMode(false);
        sb.BeginElement(tag);
        open.Push((Kind.Content, false));
    }

    public void Begin(PdfGroupingElementTag tag)
    {
        CloseSequence();
        SetMode(false);
        sb.BeginElement(tag);
        open.Push((Kind.Group, false));
    }

    /// <summary>A figure; <paramref name="box"/> in PDFsharp's page coordinates (from the top).</summary>
    public void BeginFigure(string alt, XRect box, double pageHeight)
    {
        CloseSequence();
        SetMode(false);
        sb.BeginElement(PdfIllustrationElementTag.Figure, alt, new XRect(box.X, pageHeight - box.Bottom, box.Width, box.Height));
        open.Push((Kind.Content, false));
    }

    public void BeginArtifact()
    {
        CloseSequence();
        SetMode(false);
        open.Push((Kind.Artifact, false));
        sb.BeginArtifact();
    }

    public void End()
    {
        var (kind, textMode) = open.Pop();
        if (kind == Kind.Artifact) SetMode(textMode);
        else CloseSequence();
        sb.End();
    }

    /// <summary>The structure element just begun (to set attributes, or to merge a continuation into it).</summary>
    public PdfStructureElement Current => sb.CurrentStructureElement;

    /// <summary>Before the page's graphics go away: its open marked-content sequence ends on it.</summary>
    public void EndOfPage() => CloseSequence();

    /// <summary>Sets an attribute of the current element's attribute object for <paramref name="owner"/> ("/Table", "/List").</summary>
    public void SetAttribute(string owner, string key, string name)
    {
        if (owner == "/Table")
        {
            Current.TableAttributes.Elements.SetName(key, name);
            return;
        }
        var a = new PdfDictionary();
        a.Elements.SetName("/O", owner);
        a.Elements.SetName(key, name);
        Current.Elements.SetObject("/A", a);
    }

    private void CloseSequence()
    {
        if (sequenceMode is not bool mode) return;
        SetMode(mode);
        sb.EndMarkedContentsWithId();
        sequenceMode = null;
    }

    private void SetMode(bool text)
    {
        if (PdfRendererExtensions.IsInTextMode(graphics()) == text) return;
        if (text) PdfRendererExtensions.BeginTextMode(graphics());
        else PdfRendererExtensions.BeginGraphicMode(graphics());
    }

    /// <summary>
    /// A table cell that runs over to the next page is drawn as a second element there (PDFsharp builds
    /// elements one after another); this moves the continuation's content into <paramref name="target"/>,
    /// takes the continuation out of the tree, and points the page's parent tree at the target, so the
    /// cell is one cell to a screen reader.
    /// </summary>
    public static void MergeInto(PdfStructureElement target, PdfStructureElement continuation, PdfDocument pdf)
    {
        if (continuation.Elements.GetObject("/P") is PdfDictionary parent
            && parent.Elements.GetArray("/K") is { } siblings)
        {
            for (int i = siblings.Elements.Count - 1; i >= 0; i--)
                if (siblings.Elements[i] is PdfReference r && ReferenceEquals(r.Value, continuation))
                    siblings.Elements.RemoveAt(i);
        }
        var page = continuation.Elements.GetReference("/Pg");
        var kids = continuation.Elements.GetArray("/K");
        if (page is null || kids is null) return;
        var targetKids = target.Elements.GetArray("/K");
        if (targetKids is null)
        {
            targetKids = new PdfArray();
            target.Elements.SetObject("/K", targetKids);
        }
        var pageObject = (PdfDictionary)page.Value;
        int structParents = pageObject.Elements.GetInteger("/StructParents");
        var nums = UAManager.ForDocument(pdf).StructureTreeRoot.Elements.GetDictionary("/ParentTree")?.Elements.GetArray("/Nums");
        PdfArray? parents = null;
        for (int i = 0; nums is not null && i + 1 < nums.Elements.Count; i += 2)
            if (nums.Elements[i] is PdfInteger k && k.Value == structParents)
                parents = nums.Elements.GetArray(i + 1);
        foreach (var kid in kids.Elements)
        {
            if (kid is not PdfInteger mcid) continue;
            var mcr = new PdfMarkedContentReference();
            mcr.Elements.SetReference("/Pg", pageObject);
            mcr.Elements.SetInteger("/MCID", mcid.Value);
            targetKids.Elements.Add(mcr);
            if (parents is not null && mcid.Value < parents.Elements.Count)
                parents.Elements[mcid.Value] = target.ReferenceNotNull;
        }
    }
}
