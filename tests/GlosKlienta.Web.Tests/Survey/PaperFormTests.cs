using UglyToad.PdfPig;

namespace GlosKlienta.Web.Tests.Survey;

/// <summary>The survey page offers the blank F1 of the live version to print, in the page's language, without a serial.</summary>
public abstract class PaperFormTests(DatabaseKind kind) : AppTest(kind)
{
    [SkippableTheory]
    [InlineData("", "Wolisz papier? Pobierz formularz do wydruku (PDF)", "/ankieta/formularz", "1. Płeć:")]
    [InlineData("/uk", "Вам зручніше на папері? Завантажте анкету для друку (PDF)", "/uk/ankieta/formularz", "1. Стать:")]
    public async Task TheSurveyPage_LinksToTheBlankFormInItsLanguage(string prefix, string linkText, string href, string firstQuestion)
    {
        SkipWithoutDatabase();
        var client = Factory.CreateClient();

        var page = await Html.ParseAsync(await client.GetAsync(prefix + "/ankieta"));
        var link = page.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == linkText);
        Assert.Equal(href, link.GetAttribute("href"));

        var response = await client.GetAsync(href);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(2, pdf.NumberOfPages);
        var words = string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.Contains(firstQuestion.Split(' ')[1], words);
        Assert.Contains("F1-P/7/5", words);
        Assert.Contains("Lesko", words);
        // A blank form is part of no print run: no serial under its code.
        Assert.DoesNotContain("Nr ", words);
        Assert.DoesNotContain("№", words);
    }
}

public sealed class PaperFormSqliteTests() : PaperFormTests(DatabaseKind.Sqlite);

public sealed class PaperFormPostgresTests() : PaperFormTests(DatabaseKind.Postgres);
