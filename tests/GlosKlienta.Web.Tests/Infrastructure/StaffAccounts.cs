using GlosKlienta.Tests.Shared;
using Microsoft.AspNetCore.Identity;

namespace GlosKlienta.Web.Tests.Infrastructure;

public static class StaffAccounts
{
    public const string Password = "dlugie-haslo-do-testow";

    public static Task<StaffUser> CreateUserAsync(AppFactory factory, string email, params string[] roles)
        => GlosKlienta.Tests.Shared.TestStaffUsers.CreateAsync(factory.Services, email, Password, roles);

    /// <summary>An account whose roles would require the second factor, before its owner has enrolled.</summary>
    public static Task<StaffUser> CreateUserWithoutTwoFactorAsync(AppFactory factory, string email, params string[] roles)
        => GlosKlienta.Tests.Shared.TestStaffUsers.CreateWithoutSecondFactorAsync(factory.Services, email, Password, roles);

    /// <summary>
    /// Signs in through the real sign-in form; the returned client carries the cookie. When the
    /// account has the second factor on, the code page is answered with the app's next unused code.
    /// </summary>
    public static async Task<HttpClient> SignInAsync(AppFactory factory, string email, string password = Password)
    {
        var client = factory.CreateBrowserLikeClient();
        await SignInAsync(client, factory.Services, email, password);
        return client;
    }

    /// <summary>
    /// Signs <paramref name="client"/> in as <paramref name="email"/> through the sign-in form and, when asked, the code page
    /// (with <see cref="TestAuthenticator.NextCodeAsync"/>: <paramref name="services"/> are the application's, its clock included).
    /// Returns the last answer: the redirect to where the signed-in person goes.
    /// </summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, IServiceProvider services, string email, string password = Password)
    {
        var response = await PostSignInAsync(client, email, password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Signing in as {email} answered {(int)response.StatusCode}");
        if (response.Headers.Location?.OriginalString.StartsWith(TwoFactorCodeModel.Path, StringComparison.Ordinal) == true)
        {
            response = await PostCodeAsync(client, await TestAuthenticator.NextCodeAsync(services, email));
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"The code page for {email} answered {(int)response.StatusCode}");
            Assert.DoesNotContain(TwoFactorCodeModel.Path, response.Headers.Location?.OriginalString);
        }
        return response;
    }

    /// <summary>
    /// An administrator ready to work: administrators must use a second factor, so the account gets
    /// an authenticator key and has it on (as after enrolment at /konto/2fa); <see cref="SignInAsync(AppFactory, string, string)"/> answers the code.
    /// </summary>
    public static Task<StaffUser> CreateAdministratorAsync(AppFactory factory, string email, params string[] otherRoles) =>
        CreateUserAsync(factory, email, [Roles.Administrator, .. otherRoles]);

    /// <summary>A user with the authenticator second factor already on, whatever the roles.</summary>
    public static Task<StaffUser> CreateUserWithTwoFactorAsync(AppFactory factory, string email, params string[] roles) =>
        GlosKlienta.Tests.Shared.TestStaffUsers.CreateWithSecondFactorAsync(factory.Services, email, Password, roles);

    public static async Task<string?> AuthenticatorKeyAsync(AppFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        return await users.GetAuthenticatorKeyAsync((await users.FindByEmailAsync(email))!);
    }

    /// <summary>Answers the code page (/konto/kod) after a correct password.</summary>
    public static Task<HttpResponseMessage> PostCodeAsync(HttpClient client, string code) =>
        PostFormAsync(client, TwoFactorCodeModel.Path, "main form[method=post]", [new("Code", code)]);

    /// <summary>The current code of an authenticator app for a Base32 key (<see cref="TestAuthenticator.Code"/>).</summary>
    public static string Totp(string base32Key, DateTimeOffset? at = null) => TestAuthenticator.Code(base32Key, at);

    /// <summary>
    /// Opens <paramref name="pageUrl"/> like a browser, takes the form matching <paramref name="formSelector"/>
    /// (its action, hidden fields and antiforgery token), adds <paramref name="fields"/> and posts it.
    /// </summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string pageUrl, string formSelector, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await client.GetAsync(pageUrl);
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"GET {pageUrl} answered {(int)page.StatusCode} {page.Headers.Location}");
        var document = await Html.ParseAsync(page);
        var form = document.QuerySelector<IHtmlFormElement>(formSelector);
        Assert.True(form is not null, $"No form '{formSelector}' on {pageUrl}");
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : pageUrl;
        var hidden = form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]")
            .Where(i => !string.IsNullOrEmpty(i.Name))
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value));
        return await client.PostAsync(action, new FormUrlEncodedContent(hidden.Concat(fields).ToList()));
    }

    public static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string email, string password)
    {
        var page = await Html.ParseAsync(await client.GetAsync("/konto/logowanie"));
        var fields = Html.HiddenFields(page, "main form[method=post]");
        fields["Email"] = email;
        fields["Password"] = password;
        return await client.PostAsync("/konto/logowanie", new FormUrlEncodedContent(fields));
    }
}
