using static GlosKlienta.Web.Features.Accounts.AccountGuard;

namespace GlosKlienta.Web.Tests.Accounts;

public sealed class AccountGuardTests
{
    [Theory]
    [InlineData(Change.Disable, true, true, 3, "Accounts.Guard.DisableSelf")]
    [InlineData(Change.RemoveAdministratorRole, true, true, 3, "Accounts.Guard.RemoveOwnAdministrator")]
    [InlineData(Change.Disable, false, true, 1, "Accounts.Guard.LastAdministrator")]
    [InlineData(Change.RemoveAdministratorRole, false, true, 1, "Accounts.Guard.LastAdministrator")]
    [InlineData(Change.Disable, false, true, 2, null)]
    [InlineData(Change.Disable, false, false, 1, null)]
    [InlineData(Change.RemoveAdministratorRole, false, false, 1, null)]
    public void Refusal_DependsOnWhoAndHowManyAdministratorsRemain(Change change, bool isSelf, bool subjectIsActiveAdministrator, int activeAdministrators, string? expected) =>
        Assert.Equal(expected, AccountGuard.Refusal(change, isSelf, subjectIsActiveAdministrator, activeAdministrators));
}
