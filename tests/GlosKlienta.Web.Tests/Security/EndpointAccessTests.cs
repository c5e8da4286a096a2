using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Routing;

namespace GlosKlienta.Web.Tests.Security;

/// <summary>
/// Walks every routed endpoint: the public ones are exactly the expected list, and every other one
/// refuses an anonymous visitor and a member of staff without the right role.
/// </summary>
public sealed class EndpointAccessTests : IAsyncLifetime
{
    private static readonly HashSet<string> PublicPages =
    [
        "",
        "ankieta",
        "ankieta/dziekujemy",
        "konto/logowanie",
        "konto/kod",
        "konto/ustaw-haslo",
        "konto/brak-dostepu",
        "konfiguracja/{token}",
        "blad/{code:int?}",
        "prasa",
        "prasa/{id:int}",
        "prasa/kanal.atom",
        "prasa/zalacznik/{id:int}",
        "informacje/{slug}",
        "skargi-i-wnioski",
        "petycje",
        "petycje/informacja-roczna", "petycje/skan/{caseId:int}",
        "skargi-i-wnioski/zloz",
        "skargi-i-wnioski/przyjeto",
        "informacje/kto-gdzie",
        "informacje/godziny",
        "wyniki",
        "wyniki/kanal.atom",
        "wyniki/dane.csv",
        "kiosk",
        "kiosk/dziekujemy",
        "kiosk/rejestracja/{token}",
        "ankieta/formularz",
    ];

    private readonly AppFactory factory = new(TestDatabase.CreateSqlite());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    private List<RouteEndpoint> Endpoints()
    {
        factory.CreateClient().Dispose();
        return factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
    }

    /// <summary>Stylesheets and scripts (fingerprinted and plain) and the catch-all that serves files of wwwroot when running from source.</summary>
    private static bool IsStaticAsset(RouteEndpoint e) =>
        e.RoutePattern.RawText!.StartsWith("css/", StringComparison.Ordinal) || e.RoutePattern.RawText.StartsWith("js/", StringComparison.Ordinal)
        || e.RoutePattern.RawText == "{**path:file}";

    private static bool IsPublic(RouteEndpoint e) =>
        e.Metadata.GetMetadata<IAllowAnonymous>() is not null || e.Metadata.GetMetadata<IAuthorizeData>() is null;

    private static string SampleUrl(RouteEndpoint e) =>
        "/" + e.RoutePattern.RawText!
            .Replace("{token}", "nieznany-token", StringComparison.Ordinal)
            .Replace("{code:int?}", "404", StringComparison.Ordinal)
            .Replace("{id:int}", "1", StringComparison.Ordinal)
            .Replace("{id:int?}", "1", StringComparison.Ordinal)
            .Replace("{scan:int}", "1", StringComparison.Ordinal)
            .Replace("{code}", "parkowa", StringComparison.Ordinal);

    [Fact]
    public void PublicEndpoints_AreExactlyTheCitizenPages()
    {
        var endpoints = Endpoints();
        var publicPages = endpoints.Where(e => IsPublic(e) && !IsStaticAsset(e)).Select(e => e.RoutePattern.RawText!).ToHashSet();

        Assert.Equal(PublicPages.Order(), publicPages.Order());
        Assert.Contains(endpoints, e => !IsPublic(e));
    }

    [Fact]
    public async Task EveryStaffEndpoint_RefusesAnonymousVisitors()
    {
        var staff = Endpoints().Where(e => !IsPublic(e)).ToList();
        Assert.NotEmpty(staff);
        var client = factory.CreateBrowserLikeClient();

        foreach (var endpoint in staff)
        {
            var url = SampleUrl(endpoint);
            foreach (var method in new[] { HttpMethod.Get, HttpMethod.Post })
            {
                var response = await client.SendAsync(new HttpRequestMessage(method, url) { Content = method == HttpMethod.Post ? new FormUrlEncodedContent([]) : null });
                Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{method} {url} answered {(int)response.StatusCode}");
                Assert.StartsWith("http://localhost/konto/logowanie", response.Headers.Location?.ToString());
            }
        }
    }

    /// <summary>The roles an endpoint admits: the intersection of the role requirements of all its policies.</summary>
    private async Task<HashSet<string>> AllowedRolesAsync(RouteEndpoint endpoint)
    {
        var provider = factory.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        var allowed = new HashSet<string>(Roles.All);
        foreach (var data in endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>())
        {
            var policy = data.Policy is null ? await provider.GetDefaultPolicyAsync() : await provider.GetPolicyAsync(data.Policy);
            foreach (var requirement in policy!.Requirements.OfType<RolesAuthorizationRequirement>())
                allowed.IntersectWith(requirement.AllowedRoles);
            if (data.Roles is { Length: > 0 } roles) allowed.IntersectWith(roles.Split(','));
        }
        return allowed;
    }

    [Fact]
    public async Task EveryStaffEndpoint_RefusesEachRoleItDoesNotAdmit()
    {
        var clients = new Dictionary<string, HttpClient>();
        var checkedPairs = 0;
        foreach (var endpoint in Endpoints().Where(e => !IsPublic(e)))
        {
            var allowed = await AllowedRolesAsync(endpoint);
            // Administrators are sent to set up their second factor first, so they are checked in the two-factor tests.
            foreach (var role in Roles.All.Except(allowed).Where(r => r != Roles.Administrator))
            {
                if (!clients.TryGetValue(role, out var client))
                {
                    var email = role.ToLowerInvariant() + "@lesko.pl";
                    await StaffAccounts.CreateUserAsync(factory, email, role);
                    clients[role] = client = await StaffAccounts.SignInAsync(factory, email);
                }
                var url = SampleUrl(endpoint);
                var response = await client.GetAsync(url);
                Assert.True(
                    response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().StartsWith("http://localhost/konto/brak-dostepu", StringComparison.Ordinal),
                    $"GET {url} as {role} answered {(int)response.StatusCode} {response.Headers.Location}");
                checkedPairs++;
            }
        }
        Assert.True(checkedPairs > 20, $"only {checkedPairs} endpoint/role pairs were checked");
    }

    [Fact]
    public async Task SurveyResults_RefuseStaffWithoutTheRole()
    {
        await StaffAccounts.CreateUserAsync(factory, "pracownik@lesko.pl", Roles.Pracownik);
        var client = await StaffAccounts.SignInAsync(factory, "pracownik@lesko.pl");

        var response = await client.GetAsync("/personel/plakat");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/konto/brak-dostepu", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task StaffAccountWithoutAnyRole_IsRefusedEverywhere()
    {
        await StaffAccounts.CreateUserAsync(factory, "bez-roli@lesko.pl");
        var client = await StaffAccounts.SignInAsync(factory, "bez-roli@lesko.pl");

        foreach (var endpoint in Endpoints().Where(e => !IsPublic(e)))
        {
            var response = await client.GetAsync(SampleUrl(endpoint));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("http://localhost/konto/brak-dostepu", response.Headers.Location?.ToString());
        }
    }
}
