using System.Text.Json;
using GlosKlienta.Web.Features.Operations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace GlosKlienta.Web.Tests.Operations;

/// <summary>
/// Issue 16, operations: <c>Logging:Format</c> = <c>Json</c> makes the console log one JSON object per line; the default
/// stays the plain text. The application's own console formatter writes the entries, so what is checked is what runs.
/// </summary>
public sealed class LogFormatTests
{
    /// <summary>What the running application's console logger writes for one entry with a named value and an exception.</summary>
    private static string Written(IServiceProvider services)
    {
        // Unset, the console logger takes its simple formatter.
        var name = services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue.FormatterName ?? ConsoleFormatterNames.Simple;
        var formatter = services.GetServices<ConsoleFormatter>().Single(f => f.Name == name);
        var entry = new LogEntry<string>(LogLevel.Warning, "GlosKlienta.Web.Features.Survey.ResponseWriter", new EventId(7, "Stall"),
            "Partia 12 odpowiedzi czeka: zażółć gęślą jaźń", new InvalidOperationException("pierwsza linia\ndruga linia"), (s, _) => s);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        formatter.Write(entry, new LoggerExternalScopeProvider(), writer);
        return writer.ToString();
    }

    [Fact]
    public async Task Json_WritesOneJsonObjectPerLine()
    {
        await using var factory = new AppFactory(TestDatabase.CreateSqlite(), new Dictionary<string, string?> { [OperationsServices.LogFormatSetting] = "Json" });
        factory.CreateClient().Dispose();

        var written = Written(factory.Services);

        var lines = written.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines);
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal("Warning", root.GetProperty("LogLevel").GetString());
        Assert.Equal("GlosKlienta.Web.Features.Survey.ResponseWriter", root.GetProperty("Category").GetString());
        Assert.Equal(7, root.GetProperty("EventId").GetInt32());
        Assert.Equal("Partia 12 odpowiedzi czeka: zażółć gęślą jaźń", root.GetProperty("Message").GetString());
        Assert.Contains("druga linia", root.GetProperty("Exception").GetString(), StringComparison.Ordinal);
        Assert.True(DateTimeOffset.TryParse(root.GetProperty("Timestamp").GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var at));
        Assert.Equal(TimeSpan.Zero, at.Offset);
        // Polish letters as they are, not \u escapes: people read this log too.
        Assert.Contains("zażółć", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Default_IsThePlainText()
    {
        await using var factory = new AppFactory(TestDatabase.CreateSqlite());
        factory.CreateClient().Dispose();

        var written = Written(factory.Services);

        Assert.Contains("warn: GlosKlienta.Web.Features.Survey.ResponseWriter[7]", written, StringComparison.Ordinal);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(written.Split('\n')[0]));
    }

    [Fact]
    public async Task AnUnknownFormat_RefusesToStart_NamingTheSetting()
    {
        await using var factory = new AppFactory(TestDatabase.CreateEmptySqlite(), new Dictionary<string, string?> { [OperationsServices.LogFormatSetting] = "Xml" });

        var failure = Assert.ThrowsAny<Exception>(() => factory.Server);

        Assert.Contains("Logging:Format must be Simple or Json", failure.ToString(), StringComparison.Ordinal);
    }
}
