using System.Text;
using GlosKlienta.Domain.Staff;

namespace GlosKlienta.Domain.Tests.Staff;

public sealed class AuthenticatorCodeTests
{
    /// <summary>The SHA-1 seed of RFC 6238, appendix B.</summary>
    private static readonly byte[] RfcKey = Encoding.ASCII.GetBytes("12345678901234567890");

    [Theory]
    // RFC 6238 appendix B gives eight digits; an app shows the last six.
    [InlineData(59, "287082")]
    [InlineData(1111111109, "081804")]
    [InlineData(1111111111, "050471")]
    [InlineData(1234567890, "005924")]
    [InlineData(2000000000, "279037")]
    public void Compute_GivesTheCodesOfRfc6238(long unixSeconds, string expected) =>
        Assert.Equal(expected, AuthenticatorCode.Compute(RfcKey, AuthenticatorCode.StepAt(DateTimeOffset.FromUnixTimeSeconds(unixSeconds))));

    [Fact]
    public void Check_TheCurrentCode_IsAcceptedWithItsStep_ThenRefusedAsReplayed()
    {
        const long now = 40_000_000;
        var code = AuthenticatorCode.Compute(RfcKey, now);

        var first = AuthenticatorCode.Check(RfcKey, code, now, lastAcceptedStep: null);
        var again = AuthenticatorCode.Check(RfcKey, code, now, lastAcceptedStep: first.Step);

        Assert.Equal(new AuthenticatorCodeResult(AuthenticatorCodeCheck.Accepted, now), first);
        Assert.Equal(AuthenticatorCodeCheck.Replayed, again.Check);
    }

    [Fact]
    public void Check_AfterAUsedStep_TakesTheNextStepsCode_AndRefusesEveryEarlierOne()
    {
        const long now = 40_000_000;

        Assert.Equal(new AuthenticatorCodeResult(AuthenticatorCodeCheck.Accepted, now + 1),
            AuthenticatorCode.Check(RfcKey, AuthenticatorCode.Compute(RfcKey, now + 1), now, lastAcceptedStep: now));
        Assert.Equal(AuthenticatorCodeCheck.Replayed, AuthenticatorCode.Check(RfcKey, AuthenticatorCode.Compute(RfcKey, now - 1), now, lastAcceptedStep: now).Check);
        // A code used from a phone whose clock runs ahead blocks the steps up to it, as the one after it is the next to come.
        Assert.Equal(AuthenticatorCodeCheck.Replayed, AuthenticatorCode.Check(RfcKey, AuthenticatorCode.Compute(RfcKey, now), now, lastAcceptedStep: now + 2).Check);
    }

    [Theory]
    [InlineData(-2, true)]
    [InlineData(2, true)]
    [InlineData(-3, false)]
    [InlineData(3, false)]
    public void Check_TakesCodesWithinTwoStepsOfNow(int offset, bool accepted)
    {
        const long now = 40_000_000;

        var result = AuthenticatorCode.Check(RfcKey, AuthenticatorCode.Compute(RfcKey, now + offset), now, lastAcceptedStep: null);

        Assert.Equal(accepted ? AuthenticatorCodeCheck.Accepted : AuthenticatorCodeCheck.Wrong, result.Check);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("12345a")]
    [InlineData("1234567")]
    public void Check_WhatIsNotSixDigits_IsWrong(string? code) =>
        Assert.Equal(AuthenticatorCodeCheck.Wrong, AuthenticatorCode.Check(RfcKey, code, 40_000_000, null).Check);

    [Fact]
    public void FromBase32_ReadsKeysAsAppsTakeThem()
    {
        // "12345678901234567890" in Base32 (RFC 4648), typed in lower case with spaces as the enrolment page shows it.
        Assert.Equal(RfcKey, AuthenticatorCode.FromBase32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq"));
        Assert.Null(AuthenticatorCode.FromBase32("not base32!"));
        Assert.Null(AuthenticatorCode.FromBase32(""));
    }

    [Theory]
    [InlineData(Roles.Administrator, true)]
    [InlineData(Roles.ProwadzacyRejestr, true)]
    [InlineData(Roles.Burmistrz, true)]
    [InlineData(Roles.ZastepcaBurmistrza, true)]
    [InlineData(Roles.RadaGminy, true)]
    [InlineData(Roles.Pracownik, false)]
    [InlineData(Roles.KierownikReferatu, false)]
    [InlineData(Roles.PelnomocnikSzj, false)]
    [InlineData(Roles.Promocja, false)]
    public void RequireTwoFactor_ForEveryRoleThatOpensPersonalDataByItself(string role, bool required)
    {
        Assert.Equal(required, Roles.RequireTwoFactor([role]));
        Assert.Equal(required, Roles.RequireTwoFactor([Roles.Pracownik, role]));
    }
}
