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
