using static GlosKlienta.Web.Tests.Paper.PaperSteps;

namespace GlosKlienta.Web.Tests.Paper;

/// <summary>Who may do what: keying for Pracownik, Kierownik referatu and Pełnomocnik; settling and corrections for the Pełnomocnik only.</summary>
public sealed class PaperAccessTests() : PaperTestBase(DatabaseKind.Sqlite)
{

    private static void AssertRefused(HttpResponseMessage response, string what)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{what} answered {(int)response.StatusCode}");
        Assert.StartsWith("http://localhost/konto/brak-dostepu", response.Headers.Location?.ToString());
    }

    [Theory]
    [InlineData(Roles.Pracownik)]
    [InlineData(Roles.KierownikReferatu)]
    public async Task KeyersWithoutSupervision_CannotSettleOrCorrect(string role)
    {
        var keyer = await KeyerAsync(Factory);
        var jan = await KeyerAsync(Factory, SecondKeyer);
        var batch = await RecordOpeningAsync(Factory, keyer, forms: 2, doubleEntry: true);
        AssertSaved(await KeyAsync(keyer, batch, [("k.plec", "1")]), batch, 1);
        AssertSaved(await KeyAsync(jan, batch, [("k.plec", "2")]), batch, 1);
        AssertSaved(await KeyAsync(keyer, batch, [("k.plec", "1")]), batch, 2);
        AssertSaved(await KeyAsync(jan, batch, [("k.plec", "1")]), batch, 2);
        var responseId = Assert.Single(await ResponsesAsync(Factory, batch)).Id;
        var client = await SignInAsAsync(Factory, "inna.osoba@lesko.pl", role);

        // The keying screen is theirs …
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(KeyingUrl(batch))).StatusCode);
        // … settling and correcting are not, whether looked at or posted to.
        foreach (var url in new[] { $"/personel/papier/{batch}/roznice", $"/personel/papier/{batch}/roznice/1", $"/personel/papier/odpowiedz/{responseId}" })
        {
            AssertRefused(await client.GetAsync(url), "GET " + url);
            AssertRefused(await client.PostAsync(url, new FormUrlEncodedContent([new("k.plec", "2"), new("powod", "x")])), "POST " + url);
        }
        Assert.Empty(await AuditAsync(Factory, "paper.mismatch-settled"));
        Assert.Empty(await AuditAsync(Factory, "paper.corrected"));
    }

    [Theory]
    [InlineData(Roles.Burmistrz)]
    [InlineData(Roles.RadaGminy)]
    public async Task StaffWithoutPaperEntry_CannotOpenBoxesOrKey(string role)
    {
        var keyer = await KeyerAsync(Factory);
        var batch = await RecordOpeningAsync(Factory, keyer, forms: 1);
        var client = await SignInAsAsync(Factory, "ktos@lesko.pl", role);

        foreach (var url in new[] { "/personel/papier", "/personel/papier/otwarcie", $"/personel/papier/{batch}", KeyingUrl(batch) })
            AssertRefused(await client.GetAsync(url), "GET " + url);
        AssertRefused(await client.PostAsync(KeyingUrl(batch), new FormUrlEncodedContent([new("nr", "1"), new("k.plec", "1")])), "POST keying");
        Assert.Empty(await EntriesAsync(Factory, batch));
    }

    [Fact]
    public async Task UnknownBatchOrResponse_IsNotFound()
    {
        var supervisor = await SignInAsAsync(Factory, Supervisor, Roles.PelnomocnikSzj);

        foreach (var url in new[] { "/personel/papier/999/wprowadzanie", "/personel/papier/abc", "/personel/papier/999/roznice", "/personel/papier/odpowiedz/999" })
            Assert.Equal(HttpStatusCode.NotFound, (await supervisor.GetAsync(url)).StatusCode);
    }
}
