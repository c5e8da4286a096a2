using GlosKlienta.Domain.Input;
using GlosKlienta.Domain.Register;

namespace GlosKlienta.Domain.Tests.Input;

public sealed class EnumNamesTests
{
    [Theory]
    [InlineData("Skarga", true)]
    [InlineData("Petycja", true)]
    [InlineData("0", false)]
    [InlineData("1", false)]
    [InlineData("99", false)]
    [InlineData("-1", false)]
    [InlineData(" Skarga", false)]
    [InlineData("Skarga, Wniosek", false)]
    [InlineData("skarga", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void TryParse_TakesOnlyADefinedName(string? value, bool accepted)
    {
        Assert.Equal(accepted, EnumNames.TryParse<CaseKind>(value, out var kind));
        if (accepted) Assert.Equal(value, kind.ToString());
    }

    [Fact]
    public void TryParse_IgnoringCase_StillRefusesNumbers()
    {
        Assert.Equal(DayOfWeek.Monday, EnumNames.Parse<DayOfWeek>("monday", ignoreCase: true));
        Assert.Null(EnumNames.Parse<DayOfWeek>("1", ignoreCase: true));
    }
}
