using System.Threading.Channels;
using Channel = GlosKlienta.Domain.Survey.Channel;
using GlosKlienta.Domain.Survey;
using GlosKlienta.Web.Data;
using Microsoft.EntityFrameworkCore;

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
public sealed class ResponseWriter(IServiceScopeFactory scopes, ILogger<ResponseWriter> logger) : BackgroundService
{
    private const int MaxBatch = 256;

    private readonly System.Threading.Channels.Channel<Pending> queue = System.Threading.Channels.Channel.CreateUnbounded<Pending>(
        new UnboundedChannelOptions { SingleReader = true });

    public async Task<SaveResult> SaveAsync(NewResponse response, CancellationToken cancellationToken)
    {
        var pending = new Pending(response, new TaskCompletionSource<SaveResult>(TaskCreationOptions.RunContinuationsAsynchronously));
        await queue.Writer.WriteAsync(pending, cancellationToken);
        // Not cancelled with the request: once queued the response is committed or failed, and the caller learns which.
        return await pending.Done.Task;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Pending>(MaxBatch);
        try
        {
            while (await queue.Reader.WaitToReadAsync(stoppingToken))
            {
                batch.Clear();
                while (batch.Count < MaxBatch && queue.Reader.TryRead(out var item)) batch.Add(item);
                await WriteAsync(batch);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        // Whatever is still queued at shutdown is written before the host stops.
        batch.Clear();
        while (queue.Reader.TryRead(out var rest)) batch.Add(rest);
        if (batch.Count > 0) await WriteAsync(batch);
    }

    private async Task WriteAsync(List<Pending> batch)
    {
        try
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
            for (var i = 0; i < batch.Count; i++) batch[i].Done.TrySetResult(results[i]);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Could not store a batch of {Count} survey responses", batch.Count);
            foreach (var p in batch) p.Done.TrySetException(ex);
        }
    }

    private sealed record Pending(NewResponse Response, TaskCompletionSource<SaveResult> Done);
}
