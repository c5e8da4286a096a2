using GlosKlienta.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using GlosKlienta.Web.Features.Accounts;
using GlosKlienta.Web.Features.Audit;
using GlosKlienta.Web.Features.Directory;
using GlosKlienta.Web.Features.Office;
using GlosKlienta.Web.Features.Paper;
using GlosKlienta.Web.Features.Reception;
using GlosKlienta.Web.Features.Survey;

namespace GlosKlienta.Tests.Shared;

/// <summary>
/// The one way the web and browser tests create a staff account: through the application's own
/// UserManager (its password rules included), e-mail confirmed, with the given roles. An account with a role
/// that must use a second factor (<see cref="GlosKlienta.Domain.Staff.Roles.RequiringTwoFactor"/>) gets an
/// authenticator key and has it on, as after enrolment: signing in then asks for a code
/// (<see cref="TestAuthenticator.NextCodeAsync"/>). Compiled into both test projects (linked source, see their project files).
/// </summary>
public static class TestStaffUsers
{
    public static Task<StaffUser> CreateAsync(IServiceProvider services, string email, string password, params string[] roles) =>
        CreateWithNameAsync(services, email, email, password, roles);

    /// <summary>The same, with the name the application shows for the account (in audit entries, approvals, letters).</summary>
    public static Task<StaffUser> CreateWithNameAsync(IServiceProvider services, string email, string displayName, string password, IReadOnlyList<string> roles) =>
        CreateAsync(services, email, displayName, password, roles, GlosKlienta.Domain.Staff.Roles.RequireTwoFactor(roles));

    /// <summary>An account without the second factor whatever its roles: one that has not enrolled yet.</summary>
    public static Task<StaffUser> CreateWithoutSecondFactorAsync(IServiceProvider services, string email, string password, params string[] roles) =>
        CreateAsync(services, email, email, password, roles, twoFactor: false);

    /// <summary>An account with the second factor on whatever its roles.</summary>
    public static Task<StaffUser> CreateWithSecondFactorAsync(IServiceProvider services, string email, string password, params string[] roles) =>
        CreateAsync(services, email, email, password, roles, twoFactor: true);

    private static async Task<StaffUser> CreateAsync(IServiceProvider services, string email, string displayName, string password, IReadOnlyList<string> roles, bool twoFactor)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = new StaffUser { UserName = email, Email = email, DisplayName = displayName, EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        foreach (var role in roles) Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        if (twoFactor)
        {
            Assert.True((await users.ResetAuthenticatorKeyAsync(user)).Succeeded);
            Assert.True((await users.SetTwoFactorEnabledAsync(user, true)).Succeeded);
        }
        return user;
    }
}
