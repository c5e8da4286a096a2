using UglyToad.PdfPig;

namespace GlosKlienta.Web.Tests.Petitions;

/// <summary>The public petitions page (art. 8), the yearly petition summary (art. 14) and the register's yearly report.</summary>
public sealed class PetitionPagesTests : IAsyncLifetime
{
    private readonly AppFactory factory = new(TestDatabase.CreateSqlite());
    private DateOnly today;

    public async Task InitializeAsync()
    {
        factory.CreateClient().Dispose();
        today = (await factory.Services.GetRequiredService<OfficeProfileProvider>().GetAsync(CancellationToken.None)).Today(TimeProvider.System);
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    private Task<int> AddAsync(int year, int number, CaseKind kind, DateOnly received, Action<RegisterCase> shape) => factory.WithDbAsync(async db =>
    {
        var c = new RegisterCase
        {
            Year = year, Number = number, RegisterNumber = $"{number}/{year}", ReceivedOn = received, Channel = CaseChannel.FormularzOnline,
            RegisteredAt = DateTimeOffset.UtcNow, RegisteredBy = "test", SenderName = "Stowarzyszenie Przyjaciół Łąk", SenderAddress = "ul. Zielona 3, 38-600 Lesko",
            SenderEmail = "laki@example.org", Subject = "Ławki na Rynku", Summary = "Wnosimy o ustawienie ławek przy fontannie.", Kind = kind,
            CompetentBody = CompetentBody.RadaGminy, TermKind = kind == CaseKind.Petycja ? TermKind.Petycja : TermKind.Skarga, DueOn = received.AddMonths(3), Version = Guid.NewGuid(),
        };
        shape(c);
        db.RegisterCases.Add(c);
        return await db.SaveChangesAsync();
    });

    [Fact]
    public async Task PetitionsPage_ShowsTheNameOnlyWithConsent_AndNeverTheAddress()
    {
        await AddAsync(today.Year, 1, CaseKind.Petycja, today.AddDays(-3), c => c.PetitionNameConsent = true);
        await AddAsync(today.Year, 2, CaseKind.Petycja, today.AddDays(-2), c => { c.SenderName = "Józef Żabiński"; c.Subject = "Oświetlenie ulicy Łąkowej"; });
        await AddAsync(today.Year, 3, CaseKind.Skarga, today.AddDays(-1), c => c.Subject = "Skarga, nie petycja");
        // Art. 8 ust. 2 ustawy o petycjach: the third party's name, like the filer's, only with its consent.
        await AddAsync(today.Year, 4, CaseKind.Petycja, today.AddDays(-1), c =>
        {
            c.Subject = "Plac zabaw przy szkole"; c.PetitionForThirdParty = true; c.PetitionThirdPartyConsent = true; c.PetitionThirdPartyName = "Rada Rodziców SP 1";
            c.PetitionThirdPartyNameConsent = true;
        });
        await AddAsync(today.Year, 5, CaseKind.Petycja, today.AddDays(-1), c =>
        {
            c.Subject = "Przejście dla pieszych"; c.PetitionForThirdParty = true; c.PetitionThirdPartyConsent = true; c.PetitionThirdPartyName = "Klub Seniora Jesień";
        });

        var response = await factory.CreateClient().GetAsync("/petycje");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        var articles = page.QuerySelectorAll("article.petition").Select(a => a.TextContent).ToList();
        Assert.Equal(4, articles.Count);
        Assert.Contains("Rada Rodziców SP 1", Assert.Single(articles, a => a.Contains("Plac zabaw", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.DoesNotContain("Klub Seniora", page.Body!.TextContent, StringComparison.Ordinal);
        var withConsent = Assert.Single(articles, a => a.Contains("Ławki na Rynku", StringComparison.Ordinal));
        Assert.Contains("Stowarzyszenie Przyjaciół Łąk", withConsent, StringComparison.Ordinal);
        Assert.Contains("Wnosimy o ustawienie ławek przy fontannie.", withConsent, StringComparison.Ordinal);
        var without = Assert.Single(articles, a => a.Contains("Oświetlenie ulicy Łąkowej", StringComparison.Ordinal));
        Assert.DoesNotContain("Żabiński", without, StringComparison.Ordinal);
        Assert.Contains("brak zgody", without, StringComparison.Ordinal);
        var body = page.Body!.TextContent;
        Assert.DoesNotContain("ul. Zielona 3", body, StringComparison.Ordinal);
        Assert.DoesNotContain("laki@example.org", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Skarga, nie petycja", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task YearlySummary_ListsPetitionsHandledInTheYear_OnThePageAndInThePdf()
    {
        var last = today.Year - 1;
        await AddAsync(last, 1, CaseKind.Petycja, new DateOnly(last, 2, 10), c =>
        {
            c.Outcome = CaseOutcome.PetycjaUwzgledniona; c.ClosedOn = new DateOnly(last, 4, 20); c.ReplyOn = new DateOnly(last, 4, 20); c.Subject = "Żłobek gminny";
        });
        await AddAsync(last, 2, CaseKind.Petycja, new DateOnly(last, 12, 1), _ => { }); // pending at the year's end
        // The Burmistrz's: one answered, one forwarded (art. 6) and one withdrawn, both counted apart (art. 14).
        await AddAsync(last, 3, CaseKind.Petycja, new DateOnly(last, 5, 4), c =>
        {
            c.CompetentBody = CompetentBody.Burmistrz; c.Outcome = CaseOutcome.PetycjaNieuwzgledniona; c.ClosedOn = new DateOnly(last, 7, 1); c.Subject = "Godziny pracy urzędu";
        });
        await AddAsync(last, 4, CaseKind.Petycja, new DateOnly(last, 5, 5), c =>
        {
            c.CompetentBody = CompetentBody.InnyOrgan; c.TermKind = TermKind.PrzekazaniePetycji; c.Outcome = CaseOutcome.Przekazana; c.ClosedOn = new DateOnly(last, 5, 20);
            c.ForwardedTo = "Zarząd Dróg Wojewódzkich"; c.ForwardedOn = new DateOnly(last, 5, 20); c.Subject = "Droga wojewódzka";
        });
        await AddAsync(last, 5, CaseKind.Petycja, new DateOnly(last, 6, 5), c =>
        {
            c.CompetentBody = CompetentBody.Burmistrz; c.Outcome = CaseOutcome.Wycofana; c.ClosedOn = new DateOnly(last, 6, 20); c.Subject = "Wycofana petycja";
        });

        var page = await Html.ParseAsync(await factory.CreateClient().GetAsync($"/petycje/informacja-roczna?rok={last}"));
        var council = page.QuerySelector("#organ-radagminy")!.ParentElement!.TextContent;
        Assert.Contains("Rada Miejska w Lesku", council, StringComparison.Ordinal);
        Assert.Contains("Petycje rozpatrzone w roku: 1.", council, StringComparison.Ordinal);
        Assert.Contains("w toku na koniec roku: 1.", council, StringComparison.Ordinal);
        Assert.Contains("petycję uwzględniono", council, StringComparison.Ordinal);
        var executive = page.QuerySelector("#organ-burmistrz")!.ParentElement!.TextContent;
        Assert.Contains("Burmistrz Miasta i Gminy Lesko", executive, StringComparison.Ordinal);
        Assert.Contains("Petycje rozpatrzone w roku: 1. Odrębnie: przekazane według właściwości (art. 6): 1, wycofane: 1,", executive, StringComparison.Ordinal);
        Assert.Contains("Godziny pracy urzędu", executive, StringComparison.Ordinal);
        Assert.DoesNotContain("Droga wojewódzka", executive, StringComparison.Ordinal);
        Assert.DoesNotContain("Wycofana petycja", executive, StringComparison.Ordinal);
        Assert.DoesNotContain("Stowarzyszenie", page.Body!.TextContent, StringComparison.Ordinal);

        // The public page shows the forwarded petition's forwarding, never a term of examination.
        var published = (await Html.ParseAsync(await factory.CreateClient().GetAsync("/petycje"))).QuerySelectorAll("article.petition")
            .Select(a => a.TextContent).Single(a => a.Contains("Droga wojewódzka", StringComparison.Ordinal));
        Assert.Contains("Przekazana", published, StringComparison.Ordinal);
        Assert.Contains("art. 6 ust. 1", published, StringComparison.Ordinal);
        Assert.DoesNotContain("termin rozpatrzenia", published, StringComparison.Ordinal);

        var pdf = await factory.CreateClient().GetAsync($"/petycje/informacja-roczna?handler=Document&rok={last}&format=pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        using var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        var text = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains($"Zbiorcza informacja o petycjach rozpatrzonych w roku {last}", text, StringComparison.Ordinal);
        Assert.Contains("Żłobek gminny", text, StringComparison.Ordinal);
        Assert.Contains("Rada Miejska w Lesku", text, StringComparison.Ordinal);
        Assert.Contains("Godziny pracy urzędu", text, StringComparison.Ordinal);
        Assert.Contains($"30 czerwca {last + 1}", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task YearlyReport_ForTheKeeper_CountsTheYear_AndRendersAsPdf_ButIsRefusedToAnEmployee()
    {
        var last = today.Year - 1;
        await AddAsync(last, 1, CaseKind.Skarga, new DateOnly(last, 3, 2), c => { c.DueOn = new DateOnly(last, 4, 2); c.Outcome = CaseOutcome.SkargaZasadna; c.ClosedOn = new DateOnly(last, 3, 12); });
        await AddAsync(last, 2, CaseKind.Skarga, new DateOnly(last, 3, 2), c => { c.DueOn = new DateOnly(last, 4, 2); c.Outcome = CaseOutcome.SkargaNiezasadna; c.ClosedOn = new DateOnly(last, 4, 7); c.DelayNoticeOn = new DateOnly(last, 3, 30); });
        await AddAsync(last, 3, CaseKind.Wniosek, new DateOnly(last, 5, 4), c => { c.Channel = CaseChannel.Email; c.DueOn = new DateOnly(last, 6, 4); c.Outcome = CaseOutcome.WniosekUwzgledniony; c.ClosedOn = new DateOnly(last, 5, 24); });
        await StaffAccounts.CreateUserAsync(factory, "rejestr@lesko.pl", Roles.ProwadzacyRejestr);
        var keeper = await StaffAccounts.SignInAsync(factory, "rejestr@lesko.pl");

        var page = await Html.ParseAsync(await keeper.GetAsync($"/personel/rejestr/sprawozdanie?rok={last}"));
        string Row(string label) => page.QuerySelectorAll("table.data tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == label).QuerySelector("td")!.TextContent.Trim();
        // Closed after 10, 36 and 20 days: median 20; two of three on time; one delay notice; one of two complaints justified.
        Assert.Equal("3", Row("Sprawy wpisane do rejestru"));
        Assert.StartsWith("2 (66,7", Row("Zakończone w terminie ustawowym"), StringComparison.Ordinal);
        Assert.Equal("20", Row("Mediana dni od wpływu do zakończenia"));
        Assert.Equal("1", Row("Zawiadomienia o zwłoce (art. 36 KPA)"));
        Assert.StartsWith("1 / 2 (50,0", Row("Skargi zasadne lub częściowo zasadne / rozpatrzone"), StringComparison.Ordinal);

        var pdf = await keeper.GetAsync($"/personel/rejestr/sprawozdanie?handler=Document&rok={last}&format=pdf");
        using var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        var text = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains($"skarg, wniosków i petycji za rok {last}", text, StringComparison.Ordinal);
        Assert.Contains("poczta elektroniczna", text, StringComparison.Ordinal);

        await StaffAccounts.CreateUserAsync(factory, "pracownik@lesko.pl", Roles.Pracownik);
        var employee = await StaffAccounts.SignInAsync(factory, "pracownik@lesko.pl");
        var refused = await employee.GetAsync("/personel/rejestr/sprawozdanie");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/konto/brak-dostepu", refused.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
