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
/// UserManager (its password rules included), e-mail confirmed, with the given roles. Compiled into
/// both test projects (linked source, see their project files).
/// </summary>
public static class TestStaffUsers
{
    public static Task<StaffUser> CreateAsync(IServiceProvider services, string email, string password, params string[] roles) =>
        CreateWithNameAsync(services, email, email, password, roles);

    /// <summary>The same, with the name the application shows for the account (in audit entries, approvals, letters).</summary>
    public static async Task<StaffUser> CreateWithNameAsync(IServiceProvider services, string email, string displayName, string password, IReadOnlyList<string> roles)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = new StaffUser { UserName = email, Email = email, DisplayName = displayName, EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        foreach (var role in roles) Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return user;
    }
}
