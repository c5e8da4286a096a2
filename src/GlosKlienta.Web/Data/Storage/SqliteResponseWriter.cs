using GlosKlienta.Web.Features.Survey;
using Microsoft.Data.Sqlite;

namespace GlosKlienta.Web.Data.Storage;

/// <summary>
/// How <see cref="ResponseWriter"/> stores responses on SQLite: one open connection, two prepared statements, one transaction per batch.
/// Table and column names come from the Entity Framework model, and values are stored as
/// Entity Framework stores them on SQLite (GUID as upper-case text, date as yyyy-MM-dd, enum as
/// its number), so rows written here and rows written through the model are the same.
/// </summary>
public sealed class SqliteResponseWriter : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly SqliteCommand insertResponse;
    private readonly SqliteCommand insertText;
    private readonly SqliteParameter version;
    private readonly SqliteParameter channel;
    private readonly SqliteParameter receivedOn;
    private readonly SqliteParameter submissionKey;
    private readonly SqliteParameter choices;
    private readonly SqliteParameter kiosk;
    private readonly SqliteParameter textResponse;
    private readonly SqliteParameter textQuestion;
    private readonly SqliteParameter textValue;

    private SqliteResponseWriter(SqliteConnection connection, string insertResponseSql, string insertTextSql)
    {
        this.connection = connection;
        insertResponse = connection.CreateCommand();
        insertResponse.CommandText = insertResponseSql;
        version = insertResponse.Parameters.Add("$version", SqliteType.Integer);
        channel = insertResponse.Parameters.Add("$channel", SqliteType.Integer);
        receivedOn = insertResponse.Parameters.Add("$receivedOn", SqliteType.Text);
        submissionKey = insertResponse.Parameters.Add("$submissionKey", SqliteType.Text);
        choices = insertResponse.Parameters.Add("$choices", SqliteType.Text);
        kiosk = insertResponse.Parameters.Add("$kiosk", SqliteType.Integer);
        insertText = connection.CreateCommand();
        insertText.CommandText = insertTextSql;
        textResponse = insertText.Parameters.Add("$response", SqliteType.Integer);
        textQuestion = insertText.Parameters.Add("$question", SqliteType.Text);
        textValue = insertText.Parameters.Add("$text", SqliteType.Text);
    }

    public static SqliteResponseWriter Open(string connectionString, IServiceScopeFactory scopes)
    {
        string insertResponseSql, insertTextSql;
        using (var scope = scopes.CreateScope())
        {
            var model = scope.ServiceProvider.GetRequiredService<AppDbContext>().Model;
            var response = StoreNames.Of<SurveyResponse>(model);
            var text = StoreNames.Of<SurveyResponseText>(model);
            insertResponseSql =
                $"INSERT INTO {response.Table} ({response.Column(nameof(SurveyResponse.SurveyVersionId))}, {response.Column(nameof(SurveyResponse.Channel))}, " +
                $"{response.Column(nameof(SurveyResponse.ReceivedOn))}, {response.Column(nameof(SurveyResponse.SubmissionKey))}, {response.Column(nameof(SurveyResponse.Choices))}, " +
                $"{response.Column(nameof(SurveyResponse.KioskId))}) " +
                "VALUES ($version, $channel, $receivedOn, $submissionKey, $choices, $kiosk) " +
                $"ON CONFLICT ({response.Column(nameof(SurveyResponse.SubmissionKey))}) DO NOTHING RETURNING {response.Column(nameof(SurveyResponse.Id))}";
            insertTextSql =
                $"INSERT INTO {text.Table} ({text.Column(nameof(SurveyResponseText.SurveyResponseId))}, {text.Column(nameof(SurveyResponseText.QuestionCode))}, {text.Column(nameof(SurveyResponseText.Text))}) " +
                "VALUES ($response, $question, $text)";
        }
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            var writer = new SqliteResponseWriter(connection, insertResponseSql, insertTextSql);
            writer.insertResponse.Prepare();
            writer.insertText.Prepare();
            return writer;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public SaveResult[] Write(IReadOnlyList<NewResponse> batch)
    {
        var results = new SaveResult[batch.Count];
        using var transaction = connection.BeginTransaction();
        insertResponse.Transaction = transaction;
        insertText.Transaction = transaction;
        for (var i = 0; i < batch.Count; i++)
        {
            var p = batch[i];
            var r = SurveyResponse.From(p.SurveyVersionId, p.Channel, p.ReceivedOn, p.Answers, submissionKey: p.SubmissionKey, kioskId: p.KioskId);
            version.Value = r.SurveyVersionId;
            channel.Value = (int)r.Channel;
            receivedOn.Value = r.ReceivedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            submissionKey.Value = r.SubmissionKey is { } key ? key.ToString("D").ToUpperInvariant() : DBNull.Value;
            choices.Value = r.Choices;
            kiosk.Value = r.KioskId is { } k ? k : DBNull.Value;
            // No row back: the unique index already holds this submission key (stored earlier, or earlier in this batch).
            if (insertResponse.ExecuteScalar() is not long id)
            {
                results[i] = SaveResult.AlreadyStored;
                continue;
            }
            foreach (var text in r.Texts)
            {
                textResponse.Value = id;
                textQuestion.Value = text.QuestionCode;
                textValue.Value = text.Text;
                insertText.ExecuteNonQuery();
            }
            results[i] = SaveResult.Stored;
        }
        transaction.Commit();
        return results;
    }

    public void Dispose()
    {
        insertResponse.Dispose();
        insertText.Dispose();
        connection.Dispose();
    }
}
