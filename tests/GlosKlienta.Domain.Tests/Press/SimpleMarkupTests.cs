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

public sealed class AttachmentRulesTests
{
    [Theory]
    [InlineData("komunikat.pdf", "%PDF-1.7", "application/pdf")]
    [InlineData("Zdjęcie.JPG", "\u00FF\u00D8\u00FF\u00E0", "image/jpeg")]
    [InlineData("plan.odt", "PK\u0003\u0004", "application/vnd.oasis.opendocument.text")]
    public void Sniff_AcceptsContentMatchingTheName(string name, string head, string contentType)
    {
        var bytes = head.Select(c => (byte)c).ToArray();

        Assert.Equal(contentType, AttachmentRules.Sniff(name, bytes)?.ContentType);
    }

    [Theory]
    [InlineData("komunikat.pdf", "<html><script>")]
    [InlineData("obraz.png", "%PDF-1.7")]
    [InlineData("archiwum.zip", "PK\u0003\u0004")]
    [InlineData("strona.html", "<!DOCTYPE html>")]
    public void Sniff_RefusesOtherContent(string name, string head)
    {
        Assert.Null(AttachmentRules.Sniff(name, head.Select(c => (byte)c).ToArray()));
    }

    [Fact]
    public void SafeName_DropsPathsAndControlCharacters()
    {
        var pdf = AttachmentRules.Sniff("x.pdf", "%PDF-"u8)!;

        Assert.Equal("raport.pdf", AttachmentRules.SafeName("..\\..\\C:/temp/ra\"port\u0001.pdf", pdf));
        Assert.Equal("zalacznik.pdf", AttachmentRules.SafeName("..pdf", pdf));
    }
}

public sealed class FrozenReleaseTests
{
    private static FrozenRelease Sample(string body = "Treść\r\nkomunikatu") => new(
        Guid.Parse("6f1c2d44-8a9b-4c1d-9e2f-0a1b2c3d4e5f"), 1, "Tytuł", body, ["Drogi"],
        new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.FromHours(1)), null,
        [new FrozenAttachment(3, "plan.pdf", 1234, new string('a', 64))]);

    [Fact]
    public void Hash_IsSha256OfTheCanonicalText()
    {
        var release = Sample();

        Assert.Equal(FrozenRelease.Sha256Hex(System.Text.Encoding.UTF8.GetBytes(release.CanonicalText())), release.Hash());
        Assert.Matches("^[0-9a-f]{64}$", release.Hash());
        Assert.Contains("\"publishAt\":\"2026-11-27T11:00:00Z\"", release.CanonicalText());
    }

    [Fact]
    public void Hash_IgnoresLineEndStyleButNotContent()
    {
        Assert.Equal(Sample("Treść\r\nkomunikatu").Hash(), Sample("Treść\nkomunikatu").Hash());
        Assert.NotEqual(Sample("Treść\nkomunikatu").Hash(), Sample("Treść\nkomunikatu.").Hash());
        Assert.NotEqual(Sample().Hash(), (Sample() with { Attachments = [new FrozenAttachment(3, "plan.pdf", 1234, new string('b', 64))] }).Hash());
    }
}
