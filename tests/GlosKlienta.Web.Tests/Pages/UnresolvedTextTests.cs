using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using GlosKlienta.Domain.Register;
using GlosKlienta.Web.Features.Register;
using GlosKlienta.Web.Tests.Paper;
using GlosKlienta.Web.Tests.Press;
using Microsoft.AspNetCore.Routing;

namespace GlosKlienta.Web.Tests.Pages;

/// <summary>
/// Issue 15: no page shows a resource key ("Accounts.RoleHint.ProwadzacyRejestr"), a raw enum name ("FormularzOnline")
/// or a time in UTC. Renders every page the application routes (staff pages as an account with every role, with a
/// case, a press release and a box opening to show) and reads each page's text.
/// </summary>
public sealed partial class UnresolvedTextTests : IAsyncLifetime
{
    /// <summary>Routes that answer a file, a feed, a redirect or a one-time link, not a page to read.</summary>
    private static readonly HashSet<string> NotPages =
    [
        "konfiguracja/{token}", "konto/wyloguj", "personel/dokument.css", "prasa/kanal.atom", "prasa/zalacznik/{id:int}", "wyniki/kanal.atom", "wyniki/dane.csv",
        "personel/prasa/plik/{id:int}", "personel/rejestr/zalacznik/{id:int}", "petycje/skan/{caseId:int}", "blad/{code:int?}",
    ];

    private readonly AppFactory app = new(TestDatabase.CreateSqlite());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [GeneratedRegex(@"\b[A-Z][A-Za-z0-9]+(?:\.[A-Z][A-Za-z0-9]+)+\b")]
    private static partial Regex KeyLike();

    /// <summary>Enum member names that are not words a page could say: two or more capitalised parts run together.</summary>
    private static HashSet<string> CompoundEnumNames() =>
        new[] { typeof(CaseKind).Assembly, typeof(CaseModel).Assembly }
            .SelectMany(a => a.GetTypes()).Where(t => t.IsEnum)
            .SelectMany(Enum.GetNames)
            .Where(n => Regex.IsMatch(n, "^[A-Z][a-ząćęłńóśźż]+[A-Z]"))
            .ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> ResourceKeys()
    {
        var resx = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "GlosKlienta.Web", "Resources", "SharedResource.resx");
        return XDocument.Load(resx).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
    }

    private async Task<Dictionary<string, string>> SampleValuesAsync(HttpClient admin)
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var registration = scope.ServiceProvider.GetRequiredService<CaseRegistration>();
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            await registration.RegisterAsync(new NewCase(today.AddDays(-3), CaseChannel.FormularzOnline, null, "Jan Kowalski", "ul. Zielona 2, 38-600 Lesko", "jan@example.pl",
                SenderKind.Obywatel, "Długie oczekiwanie w kasie", "Czekałem godzinę na przyjęcie wpłaty.", CaseKind.Skarga), [], null, CancellationToken.None);
        }
        await StaffAccounts.CreateUserAsync(app, "burmistrz-tekst@lesko.pl", Roles.Burmistrz);
        var mayor = await StaffAccounts.SignInAsync(app, "burmistrz-tekst@lesko.pl");
        var release = await PressApp.PublishAsync(admin, mayor, "Nowy chodnik na ulicy Parkowej", "Gmina zbudowała chodnik.", "drogi", DateTime.Now.AddMinutes(-1));
        var batch = await PaperSteps.RecordOpeningAsync(app, admin, forms: 3);
        return new()
        {
            ["{id:int}"] = "1", ["{id:int?}"] = "1", ["{id}"] = "1", ["{code}"] = "parkowa", ["{slug}"] = "deklaracja-dostepnosci",
            ["{okres}"] = $"{DateTime.UtcNow.Year}H{(DateTime.UtcNow.Month <= 6 ? 1 : 2)}", ["{batch}"] = batch.ToString(CultureInfo.InvariantCulture),
            ["{form}"] = "1", ["{caseId:int}"] = "1", ["prasa/{id:int}"] = "prasa/" + release.ToString(CultureInfo.InvariantCulture),
        };
    }

    private static string Around(string text, int index) =>
        Regex.Replace(text[Math.Max(0, index - 40)..Math.Min(text.Length, index + 40)], @"\s+", " ");

    [Fact]
    public async Task EveryPage_ShowsNoResourceKeyNoEnumNameAndNoUtc()
    {
        await StaffAccounts.CreateAdministratorAsync(app, "wszystko@lesko.pl", [.. Roles.All.Where(r => r != Roles.Administrator)]);
        var admin = await StaffAccounts.SignInAsync(app, "wszystko@lesko.pl");
        var samples = await SampleValuesAsync(admin);
        var keys = ResourceKeys();
        var enumNames = CompoundEnumNames();
        Assert.Contains("FormularzOnline", enumNames);

        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText!)
            .Where(r => !r.StartsWith("css/", StringComparison.Ordinal) && !r.StartsWith("js/", StringComparison.Ordinal) && r != "{**path:file}" && !NotPages.Contains(r))
            .Distinct().Order().ToList();
        var problems = new List<string>();
        var read = 0;
        foreach (var route in routes)
        {
            var url = "/" + samples.Where(s => s.Key.Contains('/', StringComparison.Ordinal)).Aggregate(route, (u, s) => u.Replace(s.Key, s.Value, StringComparison.Ordinal));
            url = samples.Where(s => !s.Key.Contains('/', StringComparison.Ordinal)).Aggregate(url, (u, s) => u.Replace(s.Key, s.Value, StringComparison.Ordinal));
            var response = await admin.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            read++;
            var page = await Html.ParseAsync(response);
            // The audit log's details cell shows each stored record verbatim (its codes are the evidence); its kinds and actions are labelled.
            foreach (var hidden in page.QuerySelectorAll("script, style, template, table.audit td.details")) hidden.Remove();
            // What a person sees or hears: the text, and the labels that only assistive technology reads.
            var text = page.Title + " " + page.Body!.TextContent + " " + string.Join(" ", page.QuerySelectorAll("[aria-label], [title], [placeholder], [alt]")
                .SelectMany(e => new[] { e.GetAttribute("aria-label"), e.GetAttribute("title"), e.GetAttribute("placeholder"), e.GetAttribute("alt") }));
            foreach (Match m in KeyLike().Matches(text))
                if (keys.Contains(m.Value) || m.Value.Split('.').Length >= 3) problems.Add($"{url}: resource key '{m.Value}'");
            foreach (var word in Regex.Matches(text, @"\b[A-Za-ząćęłńóśźżĄĆĘŁŃÓŚŹŻ]+\b").Where(m => enumNames.Contains(m.Value)).DistinctBy(m => m.Value))
                problems.Add($"{url}: enum name '{word.Value}' in \"{Around(text, word.Index)}\"");
            if (Regex.IsMatch(text, @"\bUTC\b")) problems.Add($"{url}: a time in UTC");
        }
        Assert.True(read > 50, $"only {read} pages were read");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
