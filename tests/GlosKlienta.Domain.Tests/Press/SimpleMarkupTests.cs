using GlosKlienta.Domain.Press;

namespace GlosKlienta.Domain.Tests.Press;

public sealed class SimpleMarkupTests
{
    [Fact]
    public void Parse_SplitsParagraphsHeadingsAndLists()
    {
        var blocks = SimpleMarkup.Parse("Pierwszy akapit\ndruga linia.\r\n\r\n## Terminy\n- poniedziałek\n- wtorek\nKoniec.\n### Ratusz");

        Assert.Collection(blocks,
            b => { Assert.Equal(MarkupBlockKind.Paragraph, b.Kind); Assert.Equal(["Pierwszy akapit", "druga linia."], b.Lines); },
            b => { Assert.Equal(MarkupBlockKind.Heading, b.Kind); Assert.Equal(["Terminy"], b.Lines); },
            b => { Assert.Equal(MarkupBlockKind.List, b.Kind); Assert.Equal(["poniedziałek", "wtorek"], b.Lines); },
            b => { Assert.Equal(MarkupBlockKind.Paragraph, b.Kind); Assert.Equal(["Koniec."], b.Lines); },
            b => { Assert.Equal(MarkupBlockKind.Subheading, b.Kind); Assert.Equal(["Ratusz"], b.Lines); });
    }

    [Fact]
    public void Parse_KeepsHtmlAsText()
    {
        var blocks = SimpleMarkup.Parse("<script>alert(1)</script>");

        Assert.Equal("<script>alert(1)</script>", Assert.Single(Assert.Single(blocks).Lines));
    }

    [Fact]
    public void Normalize_UnifiesLineEndsAndTrims()
    {
        Assert.Equal("a\n\nb", SimpleMarkup.Normalize("\r\na  \r\n\r\nb \n\n"));
    }

    [Fact]
    public void Summary_CutsAtAWordWithEllipsis()
    {
        var summary = SimpleMarkup.Summary("Burmistrz zaprasza mieszkańców na spotkanie w sprawie budżetu obywatelskiego", 30);

        Assert.Equal("Burmistrz zaprasza mieszkańców…", summary);
    }
}

public sealed class TopicsTests
{
    [Fact]
    public void Parse_TrimsAndDropsDoublesIgnoringCase()
    {
        Assert.Equal(["Drogi", "kultura", "Budżet obywatelski"], Topics.Parse(" Drogi, kultura ;drogi,,Kultura, Budżet   obywatelski "));
    }

    [Fact]
    public void Problem_NamesTooManyAndTooLong()
    {
        Assert.Null(Topics.Problem(["Drogi"]));
        Assert.Equal("TooMany", Topics.Problem(Enumerable.Range(0, 11).Select(i => "t" + i).ToList()));
        Assert.Equal("TooLong", Topics.Problem([new string('x', 61)]));
    }
}
