using System.Data;
using GlosKlienta.Web.Features.Survey;
using Npgsql;
using NpgsqlTypes;

namespace GlosKlienta.Web.Data.Storage;

/// <summary>
/// How <see cref="ResponseWriter"/> stores a batch of responses on PostgreSQL: one transaction, the responses in one
/// round trip and their free texts in another. The unique index on the submission key decides what was stored before
/// (<c>ON CONFLICT DO NOTHING</c>), as on SQLite: a form sent twice, within the batch, earlier, or at the same moment
/// through another instance, is acknowledged as stored without failing the batch. Table and column names come from the
/// Entity Framework model (<see cref="StoreNames"/>), values are stored as Entity Framework stores them here.
/// </summary>
/// <remarks>
/// Responses are inserted in the order of their submission keys. An insert that meets another transaction's
/// uncommitted row with the same key waits for that transaction; two instances inserting the same keys in different
/// orders would each wait for the other (a deadlock, and one batch lost), in one order they cannot.
/// </remarks>
public static class PostgresResponseWriter
{
    public static async Task<SaveResult[]> WriteAsync(AppDbContext db, IReadOnlyList<NewResponse> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(batch);
        var response = StoreNames.Of<SurveyResponse>(db.Model);
        var text = StoreNames.Of<SurveyResponseText>(db.Model);
        var insertResponse =
            $"INSERT INTO {response.Table} ({response.Column(nameof(SurveyResponse.SurveyVersionId))}, {response.Column(nameof(SurveyResponse.Channel))}, " +
            $"{response.Column(nameof(SurveyResponse.ReceivedOn))}, {response.Column(nameof(SurveyResponse.SubmissionKey))}, {response.Column(nameof(SurveyResponse.Choices))}, " +
            $"{response.Column(nameof(SurveyResponse.KioskId))}) " +
            "VALUES ($1, $2, $3, $4, $5, $6) " +
            $"ON CONFLICT ({response.Column(nameof(SurveyResponse.SubmissionKey))}) DO NOTHING RETURNING {response.Column(nameof(SurveyResponse.Id))}";
        var insertText =
            $"INSERT INTO {text.Table} ({text.Column(nameof(SurveyResponseText.SurveyResponseId))}, {text.Column(nameof(SurveyResponseText.QuestionCode))}, {text.Column(nameof(SurveyResponseText.Text))}) " +
            "VALUES ($1, $2, $3)";

        var rows = batch.Select(p => SurveyResponse.From(p.SurveyVersionId, p.Channel, p.ReceivedOn, p.Answers, submissionKey: p.SubmissionKey, kioskId: p.KioskId)).ToList();
        // Keyless rows never conflict; they go last, in arrival order.
        var order = Enumerable.Range(0, rows.Count).OrderBy(i => rows[i].SubmissionKey is null).ThenBy(i => rows[i].SubmissionKey).ToList();

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        if (connection.State != ConnectionState.Open) await db.Database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        await using (var responses = new NpgsqlBatch(connection, transaction))
        {
            foreach (var i in order)
            {
                var r = rows[i];
                var command = new NpgsqlBatchCommand(insertResponse);
                command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = r.SurveyVersionId });
                command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = (int)r.Channel });
                command.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = r.ReceivedOn });
                command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Uuid, Value = r.SubmissionKey is { } key ? key : DBNull.Value });
                command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = r.Choices });
                command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Integer, Value = r.KioskId is { } kiosk ? kiosk : DBNull.Value });
                responses.BatchCommands.Add(command);
            }
            await using var reader = await responses.ExecuteReaderAsync(cancellationToken);
            foreach (var i in order)
            {
                // No row back: the unique index already holds this submission key.
                if (await reader.ReadAsync(cancellationToken)) rows[i].Id = reader.GetInt64(0);
                await reader.NextResultAsync(cancellationToken);
            }
        }

        var texts = rows.Where(r => r.Id != 0).SelectMany(r => r.Texts.Select(t => (r.Id, t))).ToList();
        if (texts.Count > 0)
        {
            await using var insertTexts = new NpgsqlBatch(connection, transaction);
            foreach (var (id, t) in texts)
            {
                var command = new NpgsqlBatchCommand(insertText);
                command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
                command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = t.QuestionCode });
                command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = t.Text });
                insertTexts.BatchCommands.Add(command);
            }
            await insertTexts.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return rows.Select(r => r.Id != 0 ? SaveResult.Stored : SaveResult.AlreadyStored).ToArray();
    }
}
