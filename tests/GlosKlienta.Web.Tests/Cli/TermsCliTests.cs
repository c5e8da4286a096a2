using GlosKlienta.Cli;

namespace GlosKlienta.Web.Tests.Cli;

// The terms verb needs no database, so these tests pass no settings.
public sealed class TermsCliTests
{
    private static async Task<(int Code, string[] Lines, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, new StringReader(""), output, error, inputRedirected: true);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        return (code, lines, error.ToString());
    }

    [Fact]
    public async Task Terms_SkargaEndingOnSaturday_PrintsTheDueDateAloneThenTheReasons()
    {
        // Thu 2026-04-02 + 1 month = Sat 2 May; Sun 3 May is Święto Konstytucji 3 Maja; due Mon 4 May.
        var (code, lines, error) = await RunAsync("terms", "--kind", "skarga", "--received", "2026-04-02");

        Assert.True(code == 0, error);
        Assert.Equal("2026-05-04", lines[0]);
        Assert.Contains("2026-05-02", lines[1]);
        Assert.Contains("art. 237 § 1 KPA", lines[1]);
        Assert.Contains(lines, l => l.Contains("2026-05-02 to sobota", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("2026-05-03 to dzień ustawowo wolny od pracy (Święto Narodowe Trzeciego Maja)", StringComparison.Ordinal));
        Assert.Equal(4, lines.Length);
    }

    [Fact]
    public async Task Terms_SkargaFromPosel_IsOneMonthFirst_ThenThe14DayNotice_Art237()
    {
        // Art. 237 § 1 KPA: the handling term stays one month. Wed 2026-03-04 + 1 month = Sat 4 April; Sun 5 April Wielkanoc;
        // Mon 6 April Poniedziałek Wielkanocny; Tue 7 April. Art. 237 § 2: the notice to the poseł, 14 days = Wed 18 March.
        var (code, lines, error) = await RunAsync("terms", "--kind", "skarga", "--received", "2026-03-04", "--sender", "posel");

        Assert.True(code == 0, error);
        Assert.Equal("2026-04-07", lines[0]);
        Assert.Equal("Koniec nominalny 2026-04-04: 1 miesiąc od 2026-03-04 (art. 237 § 1 KPA).", lines[1]);
        Assert.Equal("Zawiadomienie posłowi o sposobie załatwienia lub stanie sprawy (art. 237 § 2 KPA): 2026-03-18", lines[5]);
        Assert.Equal("Koniec nominalny 2026-03-18: 14 dni od 2026-03-04 (art. 237 § 2 KPA).", lines[6]);
        Assert.Equal(7, lines.Length);
    }

    [Fact]
    public async Task Terms_SkargaFromRadny_ExplainsTheShiftsOfTheNotice_Art237Par2()
    {
        // Sun 2026-05-10 + 14 days = Sun 24 May, Zielone Świątki; notice due Mon 25 May. Handling: 10 June (Wed).
        var (code, lines, error) = await RunAsync("terms", "--kind", "skarga", "--received", "2026-05-10", "--sender", "radny");

        Assert.True(code == 0, error);
        Assert.Equal("2026-06-10", lines[0]);
        Assert.Equal("Zawiadomienie radnemu o sposobie załatwienia lub stanie sprawy (art. 237 § 2 KPA): 2026-05-25", lines[2]);
        Assert.Equal("Przesunięcie: 2026-05-24 to dzień ustawowo wolny od pracy (pierwszy dzień Zielonych Świątek)", lines[4]);
    }

    [Fact]
    public async Task Terms_WniosekFromSenator_PrintsTheNoticeThroughArt247()
    {
        var (code, lines, error) = await RunAsync("terms", "--kind", "wniosek", "--received", "2026-03-04", "--sender", "senator");

        Assert.True(code == 0, error);
        Assert.Equal("2026-04-07", lines[0]);
        Assert.Contains(lines, l => l == "Zawiadomienie senatorowi o sposobie załatwienia lub stanie sprawy (art. 237 § 2 w zw. z art. 247 KPA): 2026-03-18");
    }

    [Theory]
    // Sun 2025-11-30 + 3 months = Sat 2026-02-28 -> Mon 2 March.
    [InlineData("petycja", "2025-11-30", "2026-03-02")]
    // Fri 2026-03-13 + 7 days = Fri 20 March.
    [InlineData("przekazanie", "2026-03-13", "2026-03-20")]
    // Sat 2026-01-10 + 30 days = Mon 9 February.
    [InlineData("przekazanie-petycji", "2026-01-10", "2026-02-09")]
    // Wed 2026-11-04 + 7 days = Wed 11 November (holiday) -> Thu 12 November.
    [InlineData("wyjasnienie", "2026-11-04", "2026-11-12")]
    public async Task Terms_ForEachKind_PrintsItsDueDateFirst(string kind, string received, string expected)
    {
        var (code, lines, error) = await RunAsync("terms", "--kind", kind, "--received", received);

        Assert.True(code == 0, error);
        Assert.Equal(expected, lines[0]);
    }

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("02.04.2026")]
    [InlineData("jutro")]
    public async Task Terms_WithBadDate_FailsWithPolishMessage(string received)
    {
        var (code, lines, error) = await RunAsync("terms", "--kind", "skarga", "--received", received);

        Assert.NotEqual(0, code);
        Assert.Empty(lines);
        Assert.Contains("Niepoprawna data wpływu", error);
    }

    [Fact]
    public async Task Terms_WithUnknownKind_FailsWithPolishMessage()
    {
        var (code, lines, error) = await RunAsync("terms", "--kind", "reklamacja", "--received", "2026-04-02");

        Assert.NotEqual(0, code);
        Assert.Empty(lines);
        Assert.Contains("Nieznany rodzaj terminu", error);
    }

    [Fact]
    public async Task Terms_WithUnknownSender_FailsWithPolishMessage()
    {
        var (code, _, error) = await RunAsync("terms", "--kind", "skarga", "--received", "2026-04-02", "--sender", "minister");

        Assert.NotEqual(0, code);
        Assert.Contains("Nieznany wnoszący", error);
    }

    [Fact]
    public async Task Terms_WithDateBeforeJune2017_FailsWithPolishMessage()
    {
        var (code, _, error) = await RunAsync("terms", "--kind", "skarga", "--received", "2016-03-01");

        Assert.NotEqual(0, code);
        Assert.Contains("2017-06-01", error);
    }

    [Fact]
    public async Task Terms_WithoutReceived_IsAUsageError()
    {
        var (code, _, error) = await RunAsync("terms", "--kind", "skarga");

        Assert.NotEqual(0, code);
        Assert.Contains("--received", error);
    }
}
