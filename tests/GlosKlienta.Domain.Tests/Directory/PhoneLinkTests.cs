namespace GlosKlienta.Domain.Tests.Directory;

/// <summary>Phone numbers on the public pages can be called: each gets a tel: address.</summary>
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
