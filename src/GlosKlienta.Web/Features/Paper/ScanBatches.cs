using System.Collections.Concurrent;
using System.Text.Json;
using GlosKlienta.Domain.Paper;
using GlosKlienta.Domain.Survey;
using GlosKlienta.Paper;
using GlosKlienta.Paper.Scanning;
using GlosKlienta.Web.Features.Survey;
using Microsoft.Extensions.Options;
using ScanPageResult = GlosKlienta.Paper.Scanning.PageResult;

namespace GlosKlienta.Web.Features.Paper;

/// <summary>Settings of scanning (<c>Paper:Scans</c>).</summary>
public sealed class ScanSettings
{
    /// <summary>Where an uploaded file waits while it is read (deleted once read). Default: a folder under the system's temp folder.</summary>
    public string? SpoolDirectory { get; set; }
    /// <summary>The largest file accepted (a 500-page PDF at 200 dpi is about 150 MB).</summary>
    public long MaxUploadBytes { get; set; } = 1L << 30;
    /// <summary>Pages read at once (each takes a core).</summary>
    public int Parallelism { get; set; } = Math.Clamp(Environment.ProcessorCount, 1, 4);

    public string Spool => SpoolDirectory is { Length: > 0 } d ? d : Path.Combine(Path.GetTempPath(), "glosklienta-scans");
}

/// <summary>Why a whole batch failed or could not be stored (the page shows the message of the code).</summary>
public static class ScanFailure
{
    public const string UnknownKind = "unknown-kind";
    public const string Damaged = "damaged";
    public const string Empty = "empty";
    public const string Interrupted = "interrupted";
    /// <summary>Another batch with some of the same forms was read at the same moment and took their serials first.</summary>
    public const string Concurrent = "concurrent";
    /// <summary>The opening has fewer form numbers left than the batch has forms.</summary>
    public const string NotEnoughNumbers = "not-enough-numbers";
    /// <summary>A form put together from the reader's and people's decisions breaks a survey rule.</summary>
    public const string InvalidForm = "invalid-form";
}

/// <summary>A page not placed, as the batch keeps it (<see cref="ScanBatch.Problems"/>).</summary>
public sealed record ScanPageNote(int Page, string Reason, int? Serial);

/// <summary>Batches waiting to be read by <see cref="ScanReadingService"/>.</summary>
public sealed class ScanReadingQueue
{
    private readonly System.Threading.Channels.Channel<int> channel = System.Threading.Channels.Channel.CreateUnbounded<int>();

    public void Enqueue(int batchId) => channel.Writer.TryWrite(batchId);

    public IAsyncEnumerable<int> ReadAllAsync(CancellationToken cancellationToken) => channel.Reader.ReadAllAsync(cancellationToken);
}

/// <summary>Reads uploaded batches one at a time in the background; a batch left half-read by a restart is read again (<see cref="ScanBatches.ResumeInterruptedAsync"/>).</summary>
public sealed class ScanReadingService(IServiceScopeFactory scopes, ScanReadingQueue queue, ILogger<ScanReadingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            try
            {
                await scope.ServiceProvider.GetRequiredService<ScanBatches>().ResumeInterruptedAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database may not be migrated yet on a first start; nothing was being read then.
                logger.LogDebug(ex, "No interrupted scan batches checked");
            }
        }
        await foreach (var id in queue.ReadAllAsync(stoppingToken))
        {
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                await scope.ServiceProvider.GetRequiredService<ScanBatches>().ReadAsync(id, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Reading scan batch {Batch} failed", id);
            }
        }
    }
}

/// <summary>
/// Scanner batches of a box opening (issue 14): a file taken in and checked, its pages read (<see cref="PageReader"/>) and put
/// together into forms (<see cref="ScanAssembly"/>), the doubtful marks and written answers queued for people, the decisions
/// checked as keying checks them, and, when the queue is settled, every form stored at once as a paper response of the opening
/// with the lowest free form numbers. Nothing of a batch is a response before that.
/// </summary>
public sealed class ScanBatches(
    AppDbContext db,
    SurveyCatalog catalog,
    OfficeProfileProvider office,
    AuditLog audit,
    ScanReadingQueue queue,
    IOptions<ScanSettings> options,
    TimeProvider time,
    ILogger<ScanBatches> logger)
{
    private static readonly JsonSerializerOptions NotesJson = new(JsonSerializerDefaults.Web);

    /// <summary>The result of taking a file in: the batch, or the failure code of a file that is not a scan.</summary>
    public sealed record Start(ScanBatch? Batch, string? Failure, Reading? Reading = null);

    /// <summary>One uploaded file: its content and its name as the person's computer called it.</summary>
    public sealed record Upload(Stream Content, string Name);

    /// <summary>
    /// Takes a scanner's files in (one PDF or TIFF of many pages, or one image per page): spools them into a folder of their
    /// own in the order of their names, checks that each opens and counts its pages, records the batch and queues it for
    /// reading (or reads it at once: the command line). A file that is not a scan records nothing.
    /// </summary>
    public async Task<Start> StartAsync(BoxOpening opening, IReadOnlyList<Upload> files, string? userId, string userName, bool readNow, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(opening);
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count == 0) return new Start(null, ScanFailure.Empty);
        var spoolName = Guid.NewGuid().ToString("N");
        var folder = Path.Combine(options.Value.Spool, spoolName);
        System.IO.Directory.CreateDirectory(folder);
        var keep = false;
        try
        {
            var ordered = files.Select((f, i) => (File: f, Index: i)).OrderBy(f => f.File.Name, StringComparer.OrdinalIgnoreCase).ThenBy(f => f.Index).Select(f => f.File).ToList();
            var pages = 0;
            for (var i = 0; i < ordered.Count; i++)
            {
                var path = Path.Combine(folder, SpooledName(i));
                await using (var file = File.Create(path))
                    await ordered[i].Content.CopyToAsync(file, cancellationToken);
                try
                {
                    using var scan = ScanFile.Open(path);
                    pages += scan.PageCount;
                }
                catch (ScanFileException ex)
                {
                    return new Start(null, ex.Kind switch
                    {
                        ScanFileProblem.UnknownKind => ScanFailure.UnknownKind,
                        ScanFileProblem.Empty => ScanFailure.Empty,
                        _ => ScanFailure.Damaged,
                    });
                }
            }
            var names = ordered.Select(f => Path.GetFileName(f.Name) is { Length: > 0 } n ? n : "skan").ToList();
            var label = names.Count == 1 ? names[0] : $"{names[0]} … {names[^1]} (plików: {names.Count})";
            var batch = new ScanBatch
            {
                BoxOpeningId = opening.Id,
                FileName = label.Length > 260 ? label[..260] : label,
                SpoolFile = spoolName,
                PageCount = pages,
                Status = ScanBatchStatus.Reading,
                UploadedAt = time.GetUtcNow(),
                UploadedById = userId,
                UploadedBy = userName,
            };
            db.ScanBatches.Add(batch);
            await db.SaveChangesAsync(cancellationToken);
            audit.Record(PaperAudit.ScanUploaded, PaperAudit.BoxOpeningSubject, opening.Id.ToString(CultureInfo.InvariantCulture),
                new { batch = BatchProgress.Label(opening), scan = batch.Id, file = batch.FileName, files = names.Count, pages });
            await db.SaveChangesAsync(cancellationToken);
            keep = true;
            Reading? reading = null;
            if (readNow) reading = await ReadAsync(batch.Id, cancellationToken);
            else queue.Enqueue(batch.Id);
            return new Start(batch, null, reading);
        }
        finally
        {
            if (!keep && System.IO.Directory.Exists(folder)) System.IO.Directory.Delete(folder, recursive: true);
        }
    }

    private static string SpooledName(int index) => (index + 1).ToString("D5", CultureInfo.InvariantCulture) + ".scan";

    /// <summary>The batch's spool folder: its files, in the order they are read.</summary>
    private string SpoolPath(ScanBatch batch) => Path.Combine(options.Value.Spool, batch.SpoolFile ?? "-");

    private static List<string> SpooledFiles(string folder) =>
        System.IO.Directory.Exists(folder) ? System.IO.Directory.GetFiles(folder, "*.scan").Order(StringComparer.Ordinal).ToList() : [];

    /// <summary>
    /// After a restart: a batch left "reading" whose file is still in this instance's spool is read again from its first page; one
    /// without its file (another instance's, or a spool cleared by a reboot) is failed as interrupted once it is an hour old.
    /// </summary>
    public async Task ResumeInterruptedAsync(CancellationToken cancellationToken)
    {
        var stuck = await db.ScanBatches.Where(b => b.Status == ScanBatchStatus.Reading).ToListAsync(cancellationToken);
        var hourAgo = time.GetUtcNow().AddHours(-1);
        foreach (var b in stuck)
        {
            if (System.IO.Directory.Exists(SpoolPath(b)))
            {
                b.PagesRead = 0;
                queue.Enqueue(b.Id);
            }
            else if (b.UploadedAt < hourAgo)
            {
                b.Status = ScanBatchStatus.Failed;
                b.Failure = ScanFailure.Interrupted;
            }
        }
        if (stuck.Count > 0) await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>What a batch's reading saw, page by page (the CLI's JSON) and the forms it put together.</summary>
    public sealed record Reading(IReadOnlyList<ScanPageResult> Pages, AssembledBatch Assembled);

    /// <summary>Reads files against an opening without recording anything (<c>scan --dry-run</c>, and the first half of <see cref="ReadAsync"/>): their pages numbered on from file to file.</summary>
    public async Task<Reading> ReadFilesAsync(BoxOpening opening, IReadOnlyList<string> paths, Func<int, Task>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(opening);
        var version = await PaperData.VersionAsync(db, catalog, opening.SurveyVersionId, cancellationToken);
        var profile = await office.GetAsync(cancellationToken);
        var officeCode = FormCode.OfficeCode(profile.Locality);
        var runs = await db.PrintRuns.AsNoTracking()
            .Select(r => new { r.FirstSerial, r.Count, r.Language, r.SurveyVersionId, r.SurveyVersion!.Number, r.SurveyVersion.Definition })
            .ToListAsync(cancellationToken);
        var scanned = await db.ScannedForms.AsNoTracking()
            .Join(db.ScanBatches.Include(b => b.BoxOpening), f => f.ScanBatchId, b => b.Id, (f, b) => new { f.Serial, b.BoxOpening!.Year, b.BoxOpening.Number, b.Status })
            .Where(x => x.Status != ScanBatchStatus.Discarded && x.Status != ScanBatchStatus.Failed)
            .ToListAsync(cancellationToken);
        var scannedIn = scanned.GroupBy(s => s.Serial).ToDictionary(g => g.Key, g => BatchProgress.Label(g.First().Year, g.First().Number));

        var layouts = new ConcurrentDictionary<(int Version, string Language), FormLayout>();
        FormLayout LayoutOf(int versionNumber, string language, string definition) =>
            layouts.GetOrAdd((versionNumber, language), _ => FormLayout.Build(SurveyDefinition.FromJson(definition), language,
                new FormHeader(profile.Name, officeCode, versionNumber)));
        var run = (int serial) => runs.FirstOrDefault(r => serial >= r.FirstSerial && serial < r.FirstSerial + r.Count);

        var reader = new PageReader(code =>
        {
            if (code.Office != officeCode || code.Serial is not { } serial || code.Version != version.Number) return null;
            var r = run(serial);
            return r is null || r.Number != code.Version || r.SurveyVersionId != opening.SurveyVersionId ? null : LayoutOf(r.Number, r.Language, r.Definition);
        });

        var pages = new List<ScanPageResult>();
        var lastReport = time.GetTimestamp();
        foreach (var path in paths)
        {
            using var file = ScanFile.Open(path);
            var before = pages.Count;
            foreach (var page in ScanPipeline.Read(file, reader, options.Value.Parallelism, cancellationToken))
            {
                pages.Add(page with { Page = before + page.Page });
                if (progress is not null && (time.GetElapsedTime(lastReport) > TimeSpan.FromMilliseconds(500) || page.Page == file.PageCount))
                {
                    await progress(pages.Count);
                    lastReport = time.GetTimestamp();
                }
            }
        }
        var assembled = ScanAssembly.Assemble(pages, officeCode, version.Number, serial =>
        {
            var r = run(serial);
            return r is null ? null : new SerialFacts(r.Number, LayoutOf(r.Number, r.Language, r.Definition).Pages.Count, scannedIn.GetValueOrDefault(serial));
        });
        return new Reading(pages, assembled);
    }

    /// <summary>
    /// Reads a recorded batch's file, records its forms and queue (nothing stored yet) or its failure, and stores the batch at once
    /// when nothing waits for a person. The spooled files are deleted whatever happens.
    /// </summary>
    public async Task<Reading?> ReadAsync(int batchId, CancellationToken cancellationToken)
    {
        var batch = await db.ScanBatches.Include(b => b.BoxOpening).FirstOrDefaultAsync(b => b.Id == batchId, cancellationToken);
        if (batch is null || batch.Status != ScanBatchStatus.Reading) return null;
        var path = SpoolPath(batch);
        try
        {
            Reading reading;
            try
            {
                reading = await ReadFilesAsync(batch.BoxOpening!, SpooledFiles(path), async n =>
                    await db.ScanBatches.Where(b => b.Id == batch.Id).ExecuteUpdateAsync(s => s.SetProperty(b => b.PagesRead, n), cancellationToken), cancellationToken);
            }
            catch (ScanFileException ex)
            {
                logger.LogInformation(ex, "Scan batch {Batch} could not be read", batch.Id);
                batch.Status = ScanBatchStatus.Failed;
                batch.Failure = ex.Kind == ScanFileProblem.Empty ? ScanFailure.Empty : ScanFailure.Damaged;
                await db.SaveChangesAsync(cancellationToken);
                return null;
            }
            var definition = (await PaperData.VersionAsync(db, catalog, batch.BoxOpening!.SurveyVersionId, cancellationToken)).Definition;
            batch.PagesRead = reading.Pages.Count;
            batch.Problems = JsonSerializer.Serialize(reading.Assembled.Problems.Select(p => new ScanPageNote(p.Page, ReasonCode(p.Problem), p.Serial)), NotesJson);
            foreach (var form in reading.Assembled.Forms)
            {
                var row = new ScannedForm
                {
                    Serial = form.Serial,
                    Pages = string.Join(", ", form.Pages.Select(p => p.ToString(CultureInfo.InvariantCulture))),
                    Choices = form.Answers,
                    Blank = form.Blank,
                };
                foreach (var q in form.Doubtful)
                {
                    var target = ScanKeying.Target(definition, q.Key);
                    row.Items.Add(new ScanQueueItem
                    {
                        Key = q.Key,
                        Kind = ScanItemKind.Choice,
                        Reason = ReasonCode(q.Reason),
                        Proposed = target is null ? "" : ScanKeying.Proposal(target, q.Values),
                        Image = q.Image ?? [],
                    });
                }
                foreach (var t in form.Written)
                    row.Items.Add(new ScanQueueItem { Key = t.Key, Kind = ScanItemKind.Text, Reason = "written", Proposed = "", Image = t.Image ?? [] });
                batch.Forms.Add(row);
            }
            batch.Status = ScanBatchStatus.Queue;
            batch.ReadAt = time.GetUtcNow();
            audit.Record(PaperAudit.ScanRead, PaperAudit.BoxOpeningSubject, batch.BoxOpeningId.ToString(CultureInfo.InvariantCulture),
                new
                {
                    batch = BatchProgress.Label(batch.BoxOpening!),
                    scan = batch.Id,
                    pages = reading.Pages.Count,
                    forms = reading.Assembled.Forms.Count,
                    notPlaced = reading.Assembled.Problems.Count,
                    queued = batch.Forms.Sum(f => f.Items.Count),
                });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException ex) when (PaperData.IsUniqueViolation(ex))
            {
                // Another batch took one of these serials while this one was read: read the file again against it? The file is
                // about to go; the person uploads it again and the report then names the pages scanned twice.
                db.ChangeTracker.Clear();
                await db.ScanBatches.Where(b => b.Id == batchId).ExecuteUpdateAsync(s => s
                    .SetProperty(b => b.Status, ScanBatchStatus.Failed).SetProperty(b => b.Failure, ScanFailure.Concurrent), cancellationToken);
                return reading;
            }
            if (batch.Forms.All(f => f.Items.Count == 0)) await StoreAsync(batch.Id, batch.UploadedById, batch.UploadedBy, cancellationToken);
            return reading;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Scan batch {Batch} failed while being read", batchId);
            db.ChangeTracker.Clear();
            await db.ScanBatches.Where(b => b.Id == batchId && b.Status == ScanBatchStatus.Reading).ExecuteUpdateAsync(s => s
                .SetProperty(b => b.Status, ScanBatchStatus.Failed).SetProperty(b => b.Failure, ScanFailure.Damaged), CancellationToken.None);
            throw;
        }
        finally
        {
            if (System.IO.Directory.Exists(path)) System.IO.Directory.Delete(path, recursive: true);
        }
    }

    public static string ReasonCode(ScanPageProblem problem) => problem switch
    {
        ScanPageProblem.Unreadable => "unreadable",
        ScanPageProblem.NoCode => "no-code",
        ScanPageProblem.NotPlaced => "not-placed",
        ScanPageProblem.OtherOffice => "other-office",
        ScanPageProblem.NoSerial => "no-serial",
        ScanPageProblem.UnknownSerial => "unknown-serial",
        ScanPageProblem.OtherVersion => "other-version",
        ScanPageProblem.AlreadyScanned => "already-scanned",
        ScanPageProblem.ScannedTwice => "scanned-twice",
        ScanPageProblem.MissingPage => "missing-page",
    };

    public static string ReasonCode(QueueReason reason) => reason switch
    {
        QueueReason.Faint => "faint",
        QueueReason.Cancelled => "cancelled",
        QueueReason.TwoMarks => "two-marks",
        QueueReason.OutsideBox => "outside-box",
        _ => "doubt",
    };

    public static IReadOnlyList<ScanPageNote> NotesOf(ScanBatch batch) =>
        JsonSerializer.Deserialize<List<ScanPageNote>>(batch.Problems, NotesJson) ?? [];

    /// <summary>The outcome of a person's decision: the keying problems of the decision (none when it was saved), and whether the batch got stored by it.</summary>
    public sealed record DecisionOutcome(IReadOnlyList<KeyingError> Errors, bool Stored, string? StoreFailure);

    /// <summary>
    /// Records a person's decision on one queue item, checked as keying checks it (with the form's other answers, so a survey rule
    /// is caught here and not when storing); the last decision of the batch stores it.
    /// </summary>
    public async Task<DecisionOutcome> DecideAsync(ScanQueueItem item, string decision, string? userId, string userName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var form = await db.ScannedForms.Include(f => f.Items).FirstAsync(f => f.Id == item.ScannedFormId, cancellationToken);
        var batch = await db.ScanBatches.Include(b => b.BoxOpening).FirstAsync(b => b.Id == form.ScanBatchId, cancellationToken);
        var definition = (await PaperData.VersionAsync(db, catalog, batch.BoxOpening!.SurveyVersionId, cancellationToken)).Definition;
        var target = ScanKeying.Target(definition, item.Key) ?? throw new InvalidOperationException($"No question for queued key '{item.Key}'.");
        decision = decision.Trim();
        var errors = Check(definition, target, form, item, decision);
        if (errors.Count > 0) return new DecisionOutcome(errors, false, null);

        var tracked = form.Items.Single(i => i.Id == item.Id);
        tracked.Decision = decision;
        tracked.DecidedAt = time.GetUtcNow();
        tracked.DecidedById = userId;
        tracked.DecidedBy = userName;
        await db.SaveChangesAsync(cancellationToken);

        var open = await db.ScanQueueItems.CountAsync(i => i.ScannedForm!.ScanBatchId == batch.Id && i.Decision == null, cancellationToken);
        if (open > 0) return new DecisionOutcome([], false, null);
        var failure = await StoreAsync(batch.Id, userId, userName, cancellationToken);
        return new DecisionOutcome([], failure is null, failure);
    }

    /// <summary>The keying problems of <paramref name="decision"/> for the item, read together with the rest of its form.</summary>
    public static IReadOnlyList<KeyingError> Check(SurveyDefinition definition, ScanTarget target, ScannedForm form, ScanQueueItem item, string decision)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(item);
        var field = target.IsText ? ResponseValidation.TextField(target.Question.Code) : PaperKeying.KeyField(target.Question.Code);
        if (target.IsItem && !ScanKeying.IsOneItemNumber(target, decision))
            return [new KeyingError(KeyingErrorKind.TooManyNumbers, field, target.Question.Code, target.Item!.Code, Limit: 1)];
        var decisions = Decisions(form);
        decisions[item.Key] = decision;
        var reading = PaperKeying.Read(definition, ScanKeying.Compose(definition, form.Choices, decisions));
        return reading.Errors.Where(e => e.QuestionCode == target.Question.Code).ToList();
    }

    private static Dictionary<string, string> Decisions(ScannedForm form) =>
        form.Items.Where(i => i.Decision is not null).ToDictionary(i => i.Key, i => i.Decision!, StringComparer.Ordinal);

    /// <summary>
    /// Stores a settled batch in one transaction: every form takes the opening's lowest free form number, a form with answers
    /// becomes a paper response (its written answers' images kept with it), an empty one a blank form. Returns a failure code
    /// (and stores nothing) when the opening has too few numbers left or a form breaks a rule; null when stored.
    /// </summary>
    public async Task<string?> StoreAsync(int batchId, string? userId, string userName, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var batch = await db.ScanBatches.Include(b => b.BoxOpening).Include(b => b.Forms).ThenInclude(f => f.Items)
                .FirstAsync(b => b.Id == batchId, cancellationToken);
            if (batch.Status != ScanBatchStatus.Queue || batch.Forms.Any(f => f.Items.Any(i => i.Decision is null))) return null;
            var opening = batch.BoxOpening!;
            var definition = (await PaperData.VersionAsync(db, catalog, opening.SurveyVersionId, cancellationToken)).Definition;
            var progress = await BatchProgress.LoadAsync(db, opening, cancellationToken);
            var free = progress.FormNumbers.Where(n => progress.StateOf(n) == FormState.Waiting).ToList();
            var forms = batch.Forms.OrderBy(f => f.Id).ToList();
            if (forms.Count > free.Count) return await RefuseAsync(batch, ScanFailure.NotEnoughNumbers, cancellationToken);

            var papers = new List<PaperForm>();
            foreach (var form in forms)
            {
                var reading = PaperKeying.Read(definition, ScanKeying.Compose(definition, form.Choices, Decisions(form)));
                if (reading.Status == PaperReadingStatus.Invalid) return await RefuseAsync(batch, ScanFailure.InvalidForm, cancellationToken);
                papers.Add(reading.Form!);
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                var responses = new List<(ScannedForm Form, SurveyResponse Response)>();
                for (var i = 0; i < forms.Count; i++)
                {
                    forms[i].FormNumber = free[i];
                    forms[i].Blank = papers[i].Blank;
                    if (papers[i].Blank) continue;
                    var response = PaperData.NewResponse(opening, free[i], papers[i]);
                    db.SurveyResponses.Add(response);
                    responses.Add((forms[i], response));
                }
                batch.Status = ScanBatchStatus.Stored;
                batch.Failure = null;
                batch.StoredAt = time.GetUtcNow();
                batch.StoredBy = userName;
                await db.SaveChangesAsync(cancellationToken);
                foreach (var (form, response) in responses)
                {
                    form.SurveyResponseId = response.Id;
                    foreach (var text in form.Items.Where(x => x.Kind == ScanItemKind.Text && x.Image.Length > 0))
                        db.SurveyResponseImages.Add(new SurveyResponseImage { SurveyResponseId = response.Id, Key = text.Key, Png = text.Image });
                }
                var numbers = forms.Select(f => f.FormNumber!.Value).ToList();
                audit.Record(PaperAudit.ScanStored, PaperAudit.BoxOpeningSubject, opening.Id.ToString(CultureInfo.InvariantCulture), new
                {
                    batch = BatchProgress.Label(opening),
                    scan = batch.Id,
                    forms = forms.Count,
                    responses = responses.Count,
                    blank = forms.Count - responses.Count,
                    numbers = numbers.Count == 0 ? "" : Ranges(numbers),
                    decidedBy = userName,
                });
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            catch (DbUpdateException ex) when (PaperData.IsUniqueViolation(ex) && attempt < 3)
            {
                // Someone keyed one of these numbers at the same moment: take the next free ones.
                await transaction.RollbackAsync(cancellationToken);
                continue;
            }
            await PaperData.EnsureCompletedAsync(db, opening, time, cancellationToken);
            return null;
        }
    }

    /// <summary>Form numbers as runs: "1–37, 40".</summary>
    public static string Ranges(IEnumerable<int> numbers)
    {
        var parts = new List<string>();
        int? start = null, last = null;
        foreach (var n in numbers.Order())
        {
            if (last is { } l && n == l + 1) { last = n; continue; }
            if (start is not null) parts.Add(start == last ? $"{start}" : $"{start}–{last}");
            start = last = n;
        }
        if (start is not null) parts.Add(start == last ? $"{start}" : $"{start}–{last}");
        return string.Join(", ", parts);
    }

    private async Task<string> RefuseAsync(ScanBatch batch, string failure, CancellationToken cancellationToken)
    {
        batch.Failure = failure;
        await db.SaveChangesAsync(cancellationToken);
        return failure;
    }

    /// <summary>Sets a batch aside before it is stored: its forms and queue are deleted (their serials may be scanned again).</summary>
    public async Task<bool> DiscardAsync(int batchId, CancellationToken cancellationToken)
    {
        var batch = await db.ScanBatches.Include(b => b.BoxOpening).Include(b => b.Forms).FirstOrDefaultAsync(b => b.Id == batchId, cancellationToken);
        if (batch is null || batch.Status is not (ScanBatchStatus.Queue or ScanBatchStatus.Failed)) return false;
        db.ScannedForms.RemoveRange(batch.Forms);
        batch.Status = ScanBatchStatus.Discarded;
        audit.Record(PaperAudit.ScanDiscarded, PaperAudit.BoxOpeningSubject, batch.BoxOpeningId.ToString(CultureInfo.InvariantCulture),
            new { batch = BatchProgress.Label(batch.BoxOpening!), scan = batch.Id, file = batch.FileName });
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
