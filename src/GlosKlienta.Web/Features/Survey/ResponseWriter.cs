using System.Globalization;
using System.Threading.Channels;
using Channel = GlosKlienta.Domain.Survey.Channel;
using GlosKlienta.Domain.Survey;
using GlosKlienta.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace GlosKlienta.Web.Features.Survey;

public sealed record NewResponse(int SurveyVersionId, Channel Channel, DateOnly ReceivedOn, Guid? SubmissionKey, ResponseAnswers Answers);

public enum SaveResult
{
    Stored,
    /// <summary>A response with the same submission key was stored before: the form was sent twice.</summary>
    AlreadyStored,
}

/// <summary>
/// Stores responses with group commit: requests that arrive together are written in one
/// transaction by a single writer, and each request is answered only after that transaction has
/// committed. One writer also means SQLite never sees competing writers, and repeated submission
/// keys are caught here without a race.
/// </summary>
/// <remarks>
/// The writer runs on a thread of its own: SQLite's commit waits for the disk (fsync), and that wait
/// must not hold one of the few thread-pool threads that serve requests. On SQLite it keeps one
/// connection with prepared statements and lets the unique index on the submission key decide what
/// was stored before (<c>ON CONFLICT DO NOTHING</c>); this costs a fraction of Entity Framework's
/// change tracking per response. On PostgreSQL it writes through Entity Framework.
/// </remarks>
public sealed class ResponseWriter(IServiceScopeFactory scopes, DatabaseSettings database, ILogger<ResponseWriter> logger) : BackgroundService
{
    private const int MaxBatch = 256;

    private readonly System.Threading.Channels.Channel<Pending> queue = System.Threading.Channels.Channel.CreateUnbounded<Pending>(
        new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Only the writer thread touches it.</summary>
    private SqliteBatchWriter? sqlite;

    public async Task<SaveResult> SaveAsync(NewResponse response, CancellationToken cancellationToken)
    {
        var pending = new Pending(response, new TaskCompletionSource<SaveResult>(TaskCreationOptions.RunContinuationsAsynchronously));
        await queue.Writer.WriteAsync(pending, cancellationToken);
        // Not cancelled with the request: once queued the response is committed or failed, and the caller learns which.
        return await pending.Done.Task;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var finished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                Run(stoppingToken);
                finished.TrySetResult();
            }
            catch (Exception ex)
            {
                finished.TrySetException(ex);
            }
        })
        {
            IsBackground = true,
            Name = "Survey response writer",
        };
        thread.Start();
        return finished.Task;
    }

    private void Run(CancellationToken stoppingToken)
    {
        var batch = new List<Pending>(MaxBatch);
        try
        {
            // Blocking here is fine: this thread is the writer's own.
            while (queue.Reader.WaitToReadAsync(stoppingToken).AsTask().GetAwaiter().GetResult())
            {
                batch.Clear();
                while (batch.Count < MaxBatch && queue.Reader.TryRead(out var item)) batch.Add(item);
                Write(batch);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        // Whatever is still queued at shutdown is written before the host stops.
        while (true)
        {
            batch.Clear();
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var rest)) batch.Add(rest);
            if (batch.Count == 0) break;
            Write(batch);
        }
        sqlite?.Dispose();
        sqlite = null;
    }

    private void Write(List<Pending> batch)
    {
        try
        {
            var results = database.Provider == DatabaseProvider.Sqlite
                ? (sqlite ??= SqliteBatchWriter.Open(database.ConnectionString, scopes)).Write(batch)
                : WriteWithEntityFrameworkAsync(batch).GetAwaiter().GetResult();
            for (var i = 0; i < batch.Count; i++) batch[i].Done.TrySetResult(results[i]);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Could not store a batch of {Count} survey responses", batch.Count);
            // The next batch starts on a fresh connection.
            sqlite?.Dispose();
            sqlite = null;
            foreach (var p in batch) p.Done.TrySetException(ex);
        }
    }

    private async Task<SaveResult[]> WriteWithEntityFrameworkAsync(List<Pending> batch)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var keys = batch.Where(p => p.Response.SubmissionKey is not null).Select(p => p.Response.SubmissionKey).Distinct().ToList();
        var seen = keys.Count == 0
            ? []
            : (await db.SurveyResponses.Where(r => keys.Contains(r.SubmissionKey)).Select(r => r.SubmissionKey).ToListAsync()).ToHashSet();

        var results = new SaveResult[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            var r = batch[i].Response;
            if (r.SubmissionKey is not null && !seen.Add(r.SubmissionKey))
            {
                results[i] = SaveResult.AlreadyStored;
                continue;
            }
            db.SurveyResponses.Add(new SurveyResponse
            {
                SurveyVersionId = r.SurveyVersionId,
                Channel = r.Channel,
                ReceivedOn = r.ReceivedOn,
                SubmissionKey = r.SubmissionKey,
                Choices = r.Answers.EncodeChoices(),
                Texts = r.Answers.Texts.Select(t => new SurveyResponseText { QuestionCode = t.Key, Text = t.Value }).ToList(),
            });
            results[i] = SaveResult.Stored;
        }
        await db.SaveChangesAsync(CancellationToken.None);
        return results;
    }

    private sealed record Pending(NewResponse Response, TaskCompletionSource<SaveResult> Done);

    /// <summary>
    /// The SQLite path: one open connection, two prepared statements, one transaction per batch.
    /// Table and column names come from the Entity Framework model, and values are stored as
    /// Entity Framework stores them on SQLite (GUID as upper-case text, date as yyyy-MM-dd, enum as
    /// its number), so rows written here and rows written through the model are the same.
    /// </summary>
    private sealed class SqliteBatchWriter : IDisposable
    {
        private readonly SqliteConnection connection;
        private readonly SqliteCommand insertResponse;
        private readonly SqliteCommand insertText;
        private readonly SqliteParameter version;
        private readonly SqliteParameter channel;
        private readonly SqliteParameter receivedOn;
        private readonly SqliteParameter submissionKey;
        private readonly SqliteParameter choices;
        private readonly SqliteParameter textResponse;
        private readonly SqliteParameter textQuestion;
        private readonly SqliteParameter textValue;

        private SqliteBatchWriter(SqliteConnection connection, string insertResponseSql, string insertTextSql)
        {
            this.connection = connection;
            insertResponse = connection.CreateCommand();
            insertResponse.CommandText = insertResponseSql;
            version = insertResponse.Parameters.Add("$version", SqliteType.Integer);
            channel = insertResponse.Parameters.Add("$channel", SqliteType.Integer);
            receivedOn = insertResponse.Parameters.Add("$receivedOn", SqliteType.Text);
            submissionKey = insertResponse.Parameters.Add("$submissionKey", SqliteType.Text);
            choices = insertResponse.Parameters.Add("$choices", SqliteType.Text);
            insertText = connection.CreateCommand();
            insertText.CommandText = insertTextSql;
            textResponse = insertText.Parameters.Add("$response", SqliteType.Integer);
            textQuestion = insertText.Parameters.Add("$question", SqliteType.Text);
            textValue = insertText.Parameters.Add("$text", SqliteType.Text);
        }

        public static SqliteBatchWriter Open(string connectionString, IServiceScopeFactory scopes)
        {
            string insertResponseSql, insertTextSql;
            using (var scope = scopes.CreateScope())
            {
                var model = scope.ServiceProvider.GetRequiredService<AppDbContext>().Model;
                var response = Table(model, typeof(SurveyResponse));
                var text = Table(model, typeof(SurveyResponseText));
                insertResponseSql =
                    $"INSERT INTO {response.Name} ({response.Column(nameof(SurveyResponse.SurveyVersionId))}, {response.Column(nameof(SurveyResponse.Channel))}, " +
                    $"{response.Column(nameof(SurveyResponse.ReceivedOn))}, {response.Column(nameof(SurveyResponse.SubmissionKey))}, {response.Column(nameof(SurveyResponse.Choices))}) " +
                    "VALUES ($version, $channel, $receivedOn, $submissionKey, $choices) " +
                    $"ON CONFLICT ({response.Column(nameof(SurveyResponse.SubmissionKey))}) DO NOTHING RETURNING {response.Column(nameof(SurveyResponse.Id))}";
                insertTextSql =
                    $"INSERT INTO {text.Name} ({text.Column(nameof(SurveyResponseText.SurveyResponseId))}, {text.Column(nameof(SurveyResponseText.QuestionCode))}, {text.Column(nameof(SurveyResponseText.Text))}) " +
                    "VALUES ($response, $question, $text)";
            }
            var connection = new SqliteConnection(connectionString);
            try
            {
                connection.Open();
                var writer = new SqliteBatchWriter(connection, insertResponseSql, insertTextSql);
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

        public SaveResult[] Write(List<Pending> batch)
        {
            var results = new SaveResult[batch.Count];
            using var transaction = connection.BeginTransaction();
            insertResponse.Transaction = transaction;
            insertText.Transaction = transaction;
            for (var i = 0; i < batch.Count; i++)
            {
                var r = batch[i].Response;
                version.Value = r.SurveyVersionId;
                channel.Value = (int)r.Channel;
                receivedOn.Value = r.ReceivedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                submissionKey.Value = r.SubmissionKey is { } key ? key.ToString("D").ToUpperInvariant() : DBNull.Value;
                choices.Value = r.Answers.EncodeChoices();
                // No row back: the unique index already holds this submission key (stored earlier, or earlier in this batch).
                if (insertResponse.ExecuteScalar() is not long id)
                {
                    results[i] = SaveResult.AlreadyStored;
                    continue;
                }
                foreach (var (question, value) in r.Answers.Texts)
                {
                    textResponse.Value = id;
                    textQuestion.Value = question;
                    textValue.Value = value;
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

        private sealed record TableNames(IEntityType Entity, StoreObjectIdentifier Store)
        {
            public string Name => Quote(Store.Name);

            public string Column(string property) =>
                Quote(Entity.FindProperty(property)?.GetColumnName(Store) ?? throw new InvalidOperationException($"{Entity.DisplayName()}.{property} has no column."));
        }

        private static TableNames Table(IModel model, Type type)
        {
            var entity = model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the model.");
            var table = entity.GetTableName() ?? throw new InvalidOperationException($"{type.Name} has no table.");
            return new TableNames(entity, StoreObjectIdentifier.Table(table, entity.GetSchema()));
        }

        private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
