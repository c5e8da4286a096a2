using GlosKlienta.Domain.Directory;

namespace GlosKlienta.Domain.Tests.Directory;

public sealed class PublicAddressTests
{
    [Theory]
    [InlineData("https://ankieta.lesko.pl", "https://ankieta.lesko.pl")]
    [InlineData("  https://www.lesko.pl/glos-klienta/ ", "https://www.lesko.pl/glos-klienta")]
    [InlineData("http://lesko.pl", "http://lesko.pl")]
    [InlineData("https://urząd.lesko.pl", "https://urząd.lesko.pl")]
    public void PublicAddresses_AreKeptWithoutATrailingSlash(string typed, string stored) =>
        Assert.Equal((stored, (PublicAddressProblem?)null), PublicAddress.Check(typed));

    [Theory]
    [InlineData(null, PublicAddressProblem.NotAnAddress)]
    [InlineData("", PublicAddressProblem.NotAnAddress)]
    [InlineData("lesko.pl", PublicAddressProblem.NotAnAddress)]
    [InlineData("ftp://lesko.pl", PublicAddressProblem.NotAnAddress)]
    [InlineData("https://lesko.pl/?a=1", PublicAddressProblem.NotAnAddress)]
    [InlineData("http://localhost:5080", PublicAddressProblem.NotPublic)]
    [InlineData("http://127.0.0.1", PublicAddressProblem.NotPublic)]
    [InlineData("http://[::1]:5080", PublicAddressProblem.NotPublic)]
    [InlineData("http://0.0.0.0", PublicAddressProblem.NotPublic)]
    [InlineData("http://serwer-urzedu", PublicAddressProblem.NotPublic)]
    [InlineData("http://app.localhost", PublicAddressProblem.NotPublic)]
    public void LocalOrMalformedAddresses_AreRefused(string? typed, PublicAddressProblem problem) =>
        Assert.Equal((null, (PublicAddressProblem?)problem), PublicAddress.Check(typed));
}

public sealed class PhoneLinkTests
{
    [Theory]
    [InlineData("13 469 62 10", "13 469 62 10|tel:+48134696210")]
    [InlineData("13 469 62 10, 13 469 62 11", "13 469 62 10|tel:+48134696210;13 469 62 11|tel:+48134696211")]
    [InlineData("13 469 62 00 wew. 12", "13 469 62 00 wew. 12|tel:+48134696200;ext=12")]
    [InlineData("+48 13 469 62 10", "+48 13 469 62 10|tel:+48134696210")]
    [InlineData("0048 13 469 62 10", "0048 13 469 62 10|tel:+48134696210")]
    public void EachNumber_GetsATelAddress(string phones, string expected) =>
        Assert.Equal(expected, string.Join(";", GlosKlienta.Domain.Directory.DirectoryRules.PhoneLinks(phones).Select(l => l.Text + "|" + l.Tel)));
}
