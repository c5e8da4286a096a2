using AngleSharp.Html.Parser;

namespace GlosKlienta.Documents.Tests;

public class HtmlRendererTests
{
    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    [Fact]
    public void Document_IsStandaloneUtf8Html5_WithLanguageTitleAndPrintRules()
    {
        var bytes = Renderers.RenderToBytes(Samples.Full() with { Page = new PageSetup(PaperSize.A3, PageOrientation.Landscape, 15) }, DocumentFormat.Html);
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        Assert.StartsWith("<!DOCTYPE html>", text);
        var doc = Parse(text);
        Assert.Equal("pl", doc.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Protokół z badania zadowolenia Klienta", doc.Title);
        var style = doc.QuerySelector("head style")!.TextContent;
        Assert.Contains("@page{size:A3 landscape;margin:15mm", style);
        Assert.Contains("counter(pages)", style);
        Assert.Contains("display:table-header-group", style);
        Assert.Contains(Samples.Polish, doc.Body!.TextContent);
        Assert.Equal("P/7/5 F2, wersja 3", doc.QuerySelector("footer")!.TextContent);
    }

    [Fact]
    public void Fragment_EncodesText_UsesHeadingsAndTablesWithScopes()
    {
        var doc = Parse("<body>" + Renderers.HtmlFragment(Samples.Full()) + "</body>");
        Assert.Equal("Protokół z badania zadowolenia Klienta", doc.QuerySelector("h1")!.TextContent);
        Assert.Equal("Wyniki & wnioski", doc.QuerySelector("h2")!.TextContent);
        Assert.NotNull(doc.QuerySelector("h3"));
        Assert.Null(doc.QuerySelector("li b"));
        Assert.Contains(doc.QuerySelectorAll("li"), li => li.TextContent == "Drugi punkt <b>nie pogrubiony</b>");
        Assert.NotNull(doc.QuerySelector("ol li"));
        Assert.Equal("I półrocze 2026", doc.QuerySelector("p strong")!.TextContent);
        Assert.NotNull(doc.QuerySelector("p em"));
        Assert.NotNull(doc.QuerySelector("p br"));
        var tables = doc.QuerySelectorAll("table");
        Assert.True(tables.Length >= 4);
        Assert.Equal("Liczba ankiet", tables[0].QuerySelector("caption")!.TextContent);
        Assert.All(tables[0].QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        Assert.Equal(3, tables[0].QuerySelectorAll("col").Length);
        // key/value table: no header row, keys are row headers
        Assert.Null(tables[1].QuerySelector("thead"));
        Assert.All(tables[1].QuerySelectorAll("th"), th => Assert.Equal("row", th.GetAttribute("scope")));
        Assert.Equal(2, tables[1].QuerySelectorAll("th").Length);
    }

    [Fact]
    public void Fragment_HasNoStyleAttributesNoStyleElementsAndNoScript()
    {
        var html = Renderers.HtmlFragment(Samples.Full());
        var doc = Parse("<body>" + html + "</body>");
        Assert.Empty(doc.QuerySelectorAll("[style]"));
        Assert.Empty(doc.QuerySelectorAll("style"));
        Assert.Empty(doc.QuerySelectorAll("script"));
        Assert.DoesNotContain("style=", html);
        // Every class the fragment uses is defined in the stylesheet the page links.
        var classes = doc.QuerySelectorAll("[class]").SelectMany(e => e.ClassList).Distinct();
        foreach (var c in classes)
            Assert.True(HtmlStyles.Stylesheet.Contains("." + c), c);
    }

    [Fact]
    public void Charts_AreAccessibleSvg_WithDataTableAfterThem()
    {
        var doc = Parse("<body>" + Renderers.HtmlFragment(Samples.Full()) + "</body>");
        var svgs = doc.QuerySelectorAll("svg");
        Assert.Equal(3, svgs.Length);
        foreach (var svg in svgs)
        {
            Assert.Equal("img", svg.GetAttribute("role"));
            var ids = svg.GetAttribute("aria-labelledby")!.Split(' ');
            Assert.Equal(2, ids.Length);
            Assert.Equal("title", doc.GetElementById(ids[0])!.LocalName);
            Assert.Equal("desc", doc.GetElementById(ids[1])!.LocalName);
            var wrap = svg.ParentElement!.NextElementSibling!;
            Assert.Equal("gk-table-wrap", wrap.ClassName); // scrolls by itself on a phone, reachable from the keyboard
            Assert.Equal("0", wrap.GetAttribute("tabindex"));
            var next = wrap.FirstElementChild!;
            Assert.Equal("table", next.LocalName);
            Assert.StartsWith("Dane wykresu: ", next.QuerySelector("caption")!.TextContent);
            Assert.All(next.QuerySelectorAll("tbody th"), th => Assert.Equal("row", th.GetAttribute("scope")));
        }
        Assert.Equal("Ocena obsługi <wg pytań>", svgs[0].QuerySelector("title")!.TextContent);
        // ids are unique on the page
        var allIds = doc.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(allIds.Count, allIds.Distinct().Count());
    }

    [Fact]
    public void PercentChart_ShowsPolishPercentLabels_AndLegend()
    {
        var doc = Parse("<body>" + Renderers.HtmlFragment(new Document("t", [Samples.BarChart()])) + "</body>");
        var texts = doc.QuerySelectorAll("svg text").Select(t => t.TextContent).ToList();
        Assert.Contains("12,5%", texts);
        Assert.Contains("87,5%", texts);
        Assert.Contains("I półrocze", texts);
        Assert.Contains("II półrocze", texts);
        // The second series is hatched (a pattern), not told apart by colour alone.
        Assert.NotEmpty(doc.QuerySelectorAll("svg pattern"));
        var cells = doc.QuerySelectorAll("table td").Select(t => t.TextContent).ToList();
        Assert.Contains("12,5%", cells);
        Assert.Contains("–", cells);
    }

    [Fact]
    public void LineChart_DistinguishesSeriesByDashAndMarker()
    {
        var html = Renderers.HtmlFragment(new Document("t", [Samples.PChart()]));
        var doc = Parse("<body>" + html + "</body>");
        var polylines = doc.QuerySelectorAll("svg polyline");
        Assert.Contains(polylines, p => p.GetAttribute("stroke-dasharray") == null);
        var dashes = polylines.Select(p => p.GetAttribute("stroke-dasharray")).Where(d => d != null).Distinct().ToList();
        Assert.True(dashes.Count >= 2, "centre line and limit differ in dash style");
        Assert.NotEmpty(doc.QuerySelectorAll("svg circle"));
        Assert.Contains("5%", doc.QuerySelectorAll("svg text").Select(t => t.TextContent));
    }

    [Fact]
    public void Fragment_ImageSource_CanBeAServedUrl()
    {
        var doc = new Document("t", [new Image(Samples.Png, "image/png", "Kod QR", 30)]);
        var withData = Parse("<body>" + Renderers.HtmlFragment(doc) + "</body>");
        Assert.StartsWith("data:image/png;base64,", withData.QuerySelector("img")!.GetAttribute("src"));
        Assert.Equal("Kod QR", withData.QuerySelector("img")!.GetAttribute("alt"));
        var served = Parse("<body>" + Renderers.HtmlFragment(doc, new HtmlOptions { ImageSource = (_, n) => "/obraz/" + n }) + "</body>");
        Assert.Equal("/obraz/1", served.QuerySelector("img")!.GetAttribute("src"));
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(5, false)]
    public void LineChart_LabelsPoints_OnlyWhileLabelsCannotCollide(int lines, bool labelled)
    {
        string[] months = ["2026-01", "2026-02", "2026-03"];
        var series = Enumerable.Range(0, lines)
            .Select(i => new ChartSeries("seria " + i, [0.61 + i * 0.001, 0.62 + i * 0.001, 0.6 + i * 0.001], SeriesStyle.Line)).ToList();
        var chart = new Chart(ChartKind.Lines, "Odsetek ocen 4–5", "Trend", months, series) { Percent = true, DataTable = false };
        var doc = Parse("<body>" + Renderers.HtmlFragment(new Document("T", [chart])) + "</body>");

        var svgTexts = doc.QuerySelectorAll("svg text").Select(t => t.TextContent).ToList();

        Assert.Equal(labelled, svgTexts.Any(t => t.StartsWith("61", StringComparison.Ordinal) && t.EndsWith('%')));
    }
}
