using System.Threading.Channels;
using Channel = GlosKlienta.Domain.Survey.Channel;
using GlosKlienta.Domain.Survey;
using GlosKlienta.Web.Data.Storage;
using GlosKlienta.Web.Features.Operations;

namespace GlosKlienta.Web.Features.Survey;

/// <param name="KioskId">The registered kiosk that took the answers; only with <see cref="Channel.Kiosk"/>.</param>
public sealed record NewResponse(int SurveyVersionId, Channel Channel, DateOnly ReceivedOn, Guid? SubmissionKey, ResponseAnswers Answers, int? KioskId = null);

public enum SaveResult
{
    Stored,
    /// <summary>A response with the same submission key was stored before: the form was sent twice.</summary>
    AlreadyStored,
}

/// <summary>
/// Stores responses with group commit: requests that arrive together are written in one
/// transaction by a single writer, and each request is answered only after that transaction has
/// committed. One writer also means SQLite never sees competing writers. On both databases the
/// unique index on the submission key decides what was stored before (<c>ON CONFLICT DO NOTHING</c>),
/// so a form sent twice is acknowledged as stored whether the copy is in the same batch, stored earlier,
/// or arriving at the same moment at another instance on the same PostgreSQL database.
/// </summary>
/// <remarks>
/// The writer runs on a thread of its own: SQLite's commit waits for the disk (fsync), and that wait
/// must not hold one of the few thread-pool threads that serve requests. On SQLite it keeps one
/// connection with prepared statements; this costs a fraction of Entity Framework's change tracking
/// per response. On PostgreSQL it sends a batch's inserts in one round trip (<see cref="PostgresResponseWriter"/>).
/// </remarks>
public sealed class ResponseWriter(IServiceScopeFactory scopes, DatabaseSettings database, AppMetrics metrics, TimeProvider time, ILogger<ResponseWriter> logger) : BackgroundService
{
    private const int MaxBatch = 256;

    private readonly System.Threading.Channels.Channel<Pending> queue = System.Threading.Channels.Channel.CreateUnbounded<Pending>(
        new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Only the writer thread touches it.</summary>
    private SqliteResponseWriter? sqlite;

    /// <summary>The <see cref="TimeProvider.GetTimestamp"/> at which the batch being written began; 0 while the writer waits for work.</summary>
    private long writingSince;

    /// <summary>
    /// Whether the writer can store what it is given, for the readiness probe: its thread runs, and the batch it is
    /// writing (if any) began no longer ago than <paramref name="stallAfter"/>. A writer waiting for work is alive.
    /// </summary>
    public WriterLiveness Liveness(TimeSpan stallAfter)
    {
        if (ExecuteTask is not { IsCompleted: false }) return WriterLiveness.Stopped;
        var since = Interlocked.Read(ref writingSince);
        return since != 0 && time.GetElapsedTime(since) > stallAfter ? WriterLiveness.Stalled : WriterLiveness.Alive;
    }

    public async Task<SaveResult> SaveAsync(NewResponse response, CancellationToken cancellationToken)
    {
        var pending = new Pending(response, new TaskCompletionSource<SaveResult>(TaskCreationOptions.RunContinuationsAsynchronously));
        // Counted before it is queued: the writer may take it (and count it out) before WriteAsync returns.
        metrics.WriterQueueLength.Add(1);
        try
        {
            await queue.Writer.WriteAsync(pending, cancellationToken);
        }
        catch
        {
            metrics.WriterQueueLength.Add(-1);
            throw;
        }
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
        metrics.WriterQueueLength.Add(-batch.Count);
        metrics.WriterBatchSize.Record(batch.Count);
        Interlocked.Exchange(ref writingSince, Math.Max(1, time.GetTimestamp()));
        try
        {
            var results = database.Provider == DatabaseProvider.Sqlite
                ? (sqlite ??= SqliteResponseWriter.Open(database.ConnectionString, scopes)).Write(batch.ConvertAll(p => p.Response))
                : WriteToPostgresAsync(batch).GetAwaiter().GetResult();
            for (var i = 0; i < batch.Count; i++)
            {
                if (results[i] == SaveResult.Stored)
                    metrics.ResponsesStored.Add(1, new KeyValuePair<string, object?>("channel", ChannelCodes.Code(batch[i].Response.Channel)));
                batch[i].Done.TrySetResult(results[i]);
            }
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Could not store a batch of {Count} survey responses", batch.Count);
            // The next batch starts on a fresh connection.
            sqlite?.Dispose();
            sqlite = null;
            foreach (var p in batch) p.Done.TrySetException(ex);
        }
        finally
        {
            Interlocked.Exchange(ref writingSince, 0);
        }
    }

    private async Task<SaveResult[]> WriteToPostgresAsync(List<Pending> batch)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await PostgresResponseWriter.WriteAsync(db, batch.ConvertAll(p => p.Response), CancellationToken.None);
    }

    private sealed record Pending(NewResponse Response, TaskCompletionSource<SaveResult> Done);
}

/// <summary>What the readiness probe learns of the survey writer.</summary>
public enum WriterLiveness
{
    Alive,
    /// <summary>Its thread has ended: nothing sent now would be stored.</summary>
    Stopped,
    /// <summary>A batch has been in writing for longer than the probe allows (a lock, a hung disk or connection).</summary>
    Stalled,
}
