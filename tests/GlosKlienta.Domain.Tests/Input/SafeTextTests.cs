using GlosKlienta.Domain.Files;
using GlosKlienta.Domain.Input;

namespace GlosKlienta.Domain.Tests.Input;

public sealed class SafeTextTests
{
    [Theory]
    [InlineData("faktura\u202Efdp.exe", "fakturafdp.exe")]
    [InlineData("a\u200Eb\u200Fc", "abc")]
    [InlineData("\u2066x\u2067y\u2068z\u2069", "xyz")]
    [InlineData("\u202A\u202B\u202C\u202D\u061Cok", "ok")]
    [InlineData("nul\0bell\u0007del\u007F", "nulbelldel")]
    [InlineData("c1\u0085\u009Bend", "c1end")]
    [InlineData("dwie\nlinie\tz\rtab", "dwielinieztab")]
    [InlineData("Zażółć gęślą jaźń – „cytat”", "Zażółć gęślą jaźń – „cytat”")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Clean_RemovesDirectionAndControlCharacters(string? input, string expected) =>
        Assert.Equal(expected, SafeText.Clean(input));

    [Fact]
    public void Clean_ForCells_KeepsLineBreaksAndTabs() =>
        Assert.Equal("akapit\r\ndrugi\tkolumna", SafeText.Clean("akapit\r\n\u202Edrugi\tkolumna\u0000", keepLineBreaks: true));

    [Theory]
    [InlineData("faktura\u202Efdp.exe", "fakturafdp.exe")]
    [InlineData("skan\u2067.pdf\u2069", "skan.pdf")]
    [InlineData("C:\\Users\\x\\list\u200F.odt", "list.odt")]
    public void SafeName_DropsDirectionAndControlCharacters(string input, string expected) =>
        Assert.Equal(expected, FileTypes.SafeName(input));
}
