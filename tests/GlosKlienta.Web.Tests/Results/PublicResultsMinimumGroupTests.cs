using GlosKlienta.Web.Tests.Analysis;
using ResultsPage = GlosKlienta.Web.Features.Results.IndexModel;

namespace GlosKlienta.Web.Tests.Results;

/// <summary><c>PublicResults:MinimumGroup</c> is read: at 60, the first half of 2026 (50 forms) is withheld whole.</summary>
public abstract class PublicResultsMinimumGroupTests(DatabaseKind kind) : HostedTest<AnalysisApp>(kind, empty: true)
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["PublicResults:MinimumGroup"] = "60" };

    protected override AnalysisApp Start(TestDatabase database, IReadOnlyDictionary<string, string?>? settings) => new(database, settings: settings);

    [SkippableFact]
    public async Task ConfiguredMinimum_WithholdsAPeriodUnderIt_AndThePageNamesIt()
    {
        await App.SeedHalfYearAsync();
        var pelnomocnik = await App.SignInAsync("pelnomocnik@lesko.pl", Roles.PelnomocnikSzj);
        Assert.Equal(HttpStatusCode.Redirect, (await StaffAccounts.PostFormAsync(pelnomocnik, "/personel/analiza/protokol/2026H1", "form[action*='handler=Approve']",
            [KeyValuePair.Create("UnopenedReason", "Skrzynki opróżniono później z powodu urlopu opiekuna.")])).StatusCode);

        var page = await Html.ParseAsync(await App.Anonymous().GetAsync(ResultsPage.Path));
        var section = page.QuerySelector("#wyniki-2026H1")!.TextContent;
        Assert.Contains("co najmniej 60 odpowiedzi", section);
        Assert.DoesNotContain("50 ankiet", section);
        Assert.Contains("mniej niż 60 odpowiedzi", page.Body!.TextContent);
    }
}

public sealed class PublicResultsMinimumGroupTestsSqlite() : PublicResultsMinimumGroupTests(DatabaseKind.Sqlite);

public sealed class PublicResultsMinimumGroupTestsPostgres() : PublicResultsMinimumGroupTests(DatabaseKind.Postgres);
