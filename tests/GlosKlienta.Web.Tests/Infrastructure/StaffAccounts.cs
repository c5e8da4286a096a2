using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace GlosKlienta.Web.Tests.Infrastructure;

public static class StaffAccounts
{
    public const string Password = "dlugie-haslo-do-testow";

    public static Task<StaffUser> CreateUserAsync(AppFactory factory, string email, params string[] roles)
        => GlosKlienta.Tests.Shared.TestStaffUsers.CreateAsync(factory.Services, email, Password, roles);

    /// <summary>
    /// Signs in through the real sign-in form; the returned client carries the cookie. When the
    /// account has the second factor on, the code page is answered with a code computed from its key.
    /// </summary>
    public static async Task<HttpClient> SignInAsync(AppFactory factory, string email, string password = Password)
    {
        var client = factory.CreateBrowserLikeClient();
        var response = await PostSignInAsync(client, email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        if (response.Headers.Location?.OriginalString.StartsWith("/konto/kod", StringComparison.Ordinal) == true)
        {
            var key = await AuthenticatorKeyAsync(factory, email);
            response = await PostCodeAsync(client, Totp(key!));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.DoesNotContain("/konto/kod", response.Headers.Location?.OriginalString);
        }
        return client;
    }

    /// <summary>
    /// An administrator ready to work: administrators must use a second factor, so the account gets
    /// an authenticator key and has it on (as after enrolment at /konto/2fa); <see cref="SignInAsync"/> answers the code.
    /// </summary>
    public static Task<StaffUser> CreateAdministratorAsync(AppFactory factory, string email, params string[] otherRoles) =>
        CreateUserWithTwoFactorAsync(factory, email, [Roles.Administrator, .. otherRoles]);

    /// <summary>A user with the authenticator second factor already on.</summary>
    public static async Task<StaffUser> CreateUserWithTwoFactorAsync(AppFactory factory, string email, params string[] roles)
    {
        var user = await CreateUserAsync(factory, email, roles);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var stored = (await users.FindByIdAsync(user.Id))!;
        Assert.True((await users.ResetAuthenticatorKeyAsync(stored)).Succeeded);
        Assert.True((await users.SetTwoFactorEnabledAsync(stored, true)).Succeeded);
        return stored;
    }

    public static async Task<string?> AuthenticatorKeyAsync(AppFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        return await users.GetAuthenticatorKeyAsync((await users.FindByEmailAsync(email))!);
    }

    /// <summary>Answers the code page (/konto/kod) after a correct password.</summary>
    public static Task<HttpResponseMessage> PostCodeAsync(HttpClient client, string code) =>
        PostFormAsync(client, "/konto/kod", "main form[method=post]", [new("Code", code)]);

    /// <summary>
    /// The current code of an authenticator app for a Base32 key (RFC 6238: HMAC-SHA1, 30-second
    /// steps, six digits), computed here independently of the application.
    /// </summary>
    public static string Totp(string base32Key, DateTimeOffset? at = null)
    {
        var step = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds() / 30;
        var counter = BitConverter.GetBytes(step);
        if (BitConverter.IsLittleEndian) Array.Reverse(counter);
        // SHA-1 is what RFC 6238 and every authenticator app use for these codes; it is not a choice made here.
#pragma warning disable CA5350
        var hash = HMACSHA1.HashData(FromBase32(base32Key), counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    private static byte[] FromBase32(string input)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var clean = input.Replace(" ", "", StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant();
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in clean)
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }
        return bytes.ToArray();
    }

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
