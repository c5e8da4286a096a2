using System.Diagnostics;
using System.Globalization;
using GlosKlienta.Domain.Survey;
using GlosKlienta.Web.Data;
using GlosKlienta.Web.Features.RawData;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GlosKlienta.Bench.Analysis;

/// <summary>What <see cref="AnalysisData.GenerateAsync"/> made.</summary>
public sealed record GeneratedData(string DatabasePath, int Responses, int Texts, int BoxOpenings, DateOnly From, DateOnly To, TimeSpan Elapsed);

/// <summary>
/// Builds a SQLite database for the analysis benchmarks: the application's own schema (its
/// migrations) and office seed, then <c>responses</c> F1 responses over two half-years (2025H2 and
/// 2026H1) with realistic shapes: units of unequal size, online/kiosk/paper channels (paper in weekly
/// box openings with form numbers), age and sex, five ratings driven by one latent satisfaction per
/// respondent (Cronbach's alpha about 0.9), a little drop in one unit in the later half-year, some
/// skipped answers, difficulties that come with low ratings, "other" texts and remarks.
/// Rows go in through prepared commands in one transaction.
/// <para>Call: <c>await AnalysisData.GenerateAsync("/tmp/analysis.db", 1_000_000)</c>; the same seed gives the same data.</para>
/// </summary>
public static class AnalysisData
{
    public static readonly DateOnly From = new(2025, 7, 1);
    public static readonly DateOnly To = new(2026, 6, 30);

    /// <summary>A service provider on the SQLite file, as the application and the CLI build it.</summary>
    public static ServiceProvider Services(string databasePath)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:GlosKlienta"] = ConnectionString(databasePath),
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(TimeProvider.System);
        services.AddAppDatabase(configuration);
        services.AddSingleton<OfficeSeeder>();
        services.AddRawData();
        return services.BuildServiceProvider();
    }

    public static string ConnectionString(string databasePath) =>
        new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString();

    public static async Task<GeneratedData> GenerateAsync(string databasePath, int responses = 1_000_000, int seed = 2026, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(responses);
        var clock = Stopwatch.StartNew();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            if (File.Exists(databasePath + suffix)) File.Delete(databasePath + suffix);

        int versionId;
        SurveyDefinition definition;
        List<int> boxIds;
        await using (var services = Services(databasePath))
        {
            await DatabaseSetup.MigrateAndSeedAsync(services, cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var version = await db.SurveyVersions.AsNoTracking().OrderBy(v => v.Number).FirstAsync(cancellationToken);
            versionId = version.Id;
            definition = SurveyDefinition.FromJson(version.Definition);
            boxIds = await db.SurveyBoxes.AsNoTracking().OrderBy(b => b.Id).Select(b => b.Id).ToListAsync(cancellationToken);
        }

        var random = new Random(seed);
        var shape = new Shape(definition);
        var days = Enumerable.Range(0, To.DayNumber - From.DayNumber + 1).Select(From.AddDays).ToList();
        var workdays = days.Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).ToList();

        using var connection = new SqliteConnection(ConnectionString(databasePath));
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA cache_size=-200000;";
            pragma.ExecuteNonQuery();
        }
        using var transaction = connection.BeginTransaction();

        // Paper: each box is opened every Monday; its forms are that opening's batch, numbered from 1.
        var openings = new Dictionary<(int Box, DateOnly Monday), (long Id, int Forms)>();
        using var insertOpening = Command(connection, transaction,
            "INSERT INTO \"BoxOpenings\" (\"Year\", \"Number\", \"SurveyBoxId\", \"OpenedOn\", \"OpenedBy\", \"RecordedAt\", \"FormCount\", \"SurveyVersionId\", \"DoubleEntry\") " +
            "VALUES ($year, $number, $box, $opened, 'Generator danych', $recorded, 0, $version, 0) RETURNING \"Id\"",
            ("$year", SqliteType.Integer), ("$number", SqliteType.Integer), ("$box", SqliteType.Integer), ("$opened", SqliteType.Text), ("$recorded", SqliteType.Text), ("$version", SqliteType.Integer));
        var openingNumbers = new Dictionary<int, int>();
        for (var monday = From.AddDays((7 - ((int)From.DayOfWeek + 6) % 7) % 7); monday <= To; monday = monday.AddDays(7))
        {
            foreach (var box in boxIds)
            {
                var number = openingNumbers[monday.Year] = openingNumbers.GetValueOrDefault(monday.Year) + 1;
                insertOpening.Parameters["$year"].Value = monday.Year;
                insertOpening.Parameters["$number"].Value = number;
                insertOpening.Parameters["$box"].Value = box;
                insertOpening.Parameters["$opened"].Value = monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                insertOpening.Parameters["$recorded"].Value = monday.ToDateTime(new TimeOnly(9, 0)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + "+00:00";
                insertOpening.Parameters["$version"].Value = versionId;
                openings[(box, monday)] = ((long)insertOpening.ExecuteScalar()!, 0);
            }
        }

        using var insertResponse = Command(connection, transaction,
            "INSERT INTO \"SurveyResponses\" (\"Id\", \"SurveyVersionId\", \"Channel\", \"ReceivedOn\", \"Choices\", \"Unreadable\", \"BoxOpeningId\", \"FormNumber\") " +
            "VALUES ($id, $version, $channel, $received, $choices, $unreadable, $opening, $form)",
            ("$id", SqliteType.Integer), ("$version", SqliteType.Integer), ("$channel", SqliteType.Integer), ("$received", SqliteType.Text),
            ("$choices", SqliteType.Text), ("$unreadable", SqliteType.Text), ("$opening", SqliteType.Integer), ("$form", SqliteType.Integer));
        using var insertText = Command(connection, transaction,
            "INSERT INTO \"SurveyResponseTexts\" (\"SurveyResponseId\", \"QuestionCode\", \"Text\") VALUES ($response, $question, $text)",
            ("$response", SqliteType.Integer), ("$question", SqliteType.Text), ("$text", SqliteType.Text));

        var texts = 0;
        for (long id = 1; id <= responses; id++)
        {
            var channel = Shape.Channel(random);
            var day = channel == Channel.Online ? days[random.Next(days.Count)] : workdays[random.Next(workdays.Count)];
            long? openingId = null;
            int? form = null;
            if (channel == Channel.Paper)
            {
                var box = boxIds[random.Next(boxIds.Count)];
                // The box is opened on Monday; the first days of the range go to the first Monday inside it.
                var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
                if (monday < From) monday = monday.AddDays(7);
                var opening = openings[(box, monday)];
                opening = (opening.Id, opening.Forms + 1);
                openings[(box, monday)] = opening;
                openingId = opening.Id;
                form = opening.Forms;
                day = monday;
            }
            var answers = shape.Answers(random, channel, day >= new DateOnly(2026, 1, 1));
            insertResponse.Parameters["$id"].Value = id;
            insertResponse.Parameters["$version"].Value = versionId;
            insertResponse.Parameters["$channel"].Value = (int)channel;
            insertResponse.Parameters["$received"].Value = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            insertResponse.Parameters["$choices"].Value = answers.Choices;
            insertResponse.Parameters["$unreadable"].Value = (object?)answers.Unreadable ?? DBNull.Value;
            insertResponse.Parameters["$opening"].Value = (object?)openingId ?? DBNull.Value;
            insertResponse.Parameters["$form"].Value = (object?)form ?? DBNull.Value;
            insertResponse.ExecuteNonQuery();
            foreach (var (question, text) in answers.Texts)
            {
                insertText.Parameters["$response"].Value = id;
                insertText.Parameters["$question"].Value = question;
                insertText.Parameters["$text"].Value = text;
                insertText.ExecuteNonQuery();
                texts++;
            }
        }
        using (var counts = Command(connection, transaction, "UPDATE \"BoxOpenings\" SET \"FormCount\" = (SELECT COUNT(*) FROM \"SurveyResponses\" r WHERE r.\"BoxOpeningId\" = \"BoxOpenings\".\"Id\"), \"CompletedAt\" = \"RecordedAt\""))
            counts.ExecuteNonQuery();
        transaction.Commit();
        using (var analyze = connection.CreateCommand())
        {
            analyze.CommandText = "PRAGMA wal_checkpoint(TRUNCATE); ANALYZE;";
            analyze.ExecuteNonQuery();
        }
        return new GeneratedData(databasePath, responses, texts, openings.Count, From, To, clock.Elapsed);
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params (string Name, SqliteType Type)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, type) in parameters) command.Parameters.Add(name, type);
        command.Prepare();
        return command;
    }
}
