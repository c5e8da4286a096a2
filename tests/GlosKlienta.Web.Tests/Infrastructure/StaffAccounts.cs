using System.Net;
using GlosKlienta.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace GlosKlienta.Web.Tests.Infrastructure;

public static class StaffAccounts
{
    public const string Password = "dlugie-haslo-do-testow";

    public static async Task<StaffUser> CreateUserAsync(AppFactory factory, string email, params string[] roles)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = new StaffUser { UserName = email, Email = email, DisplayName = email, EmailConfirmed = true };
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        foreach (var role in roles) Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return user;
    }

    /// <summary>Signs in through the real sign-in form; the returned client carries the cookie.</summary>
    public static async Task<HttpClient> SignInAsync(AppFactory factory, string email, string password = Password)
    {
        var client = factory.CreateBrowserLikeClient();
        var response = await PostSignInAsync(client, email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
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
